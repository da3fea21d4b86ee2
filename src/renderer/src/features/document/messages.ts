import { defineMessages } from '../../i18n/types'

/** Strings of the status bar and the outline. Keys start with `document.`. */
export const documentMessages = defineMessages({
  en: {},
  'zh-CN': {}
})
