import { defineMessages } from '../../i18n/types'

/** Strings of the settings dialog. Keys start with `settings.`. */
export const settingsMessages = defineMessages({
  en: {},
  'zh-CN': {}
})
