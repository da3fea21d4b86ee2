import { defineMessages } from '../../i18n/types'

/** Strings of the Monaco editor, image paste and the compare view. Keys start with `editor.`. */
export const editorMessages = defineMessages({
  en: {},
  'zh-CN': {}
})
