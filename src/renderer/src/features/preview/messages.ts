import { defineMessages } from '../../i18n/types'

/** Strings of the preview. Keys start with `preview.`. */
export const previewMessages = defineMessages({
  en: {},
  'zh-CN': {}
})
