import { defineMessages } from '../../i18n/types'

/** Strings of the Monaco editor, image paste and the compare view. Keys start with `editor.`. */
export const editorMessages = defineMessages({
  en: {
    'editor.label': 'Post text',
    'editor.compareTheirs': 'Version on disk (read-only)',
    'editor.compareMine': 'Your version (read-only)'
  },
  'zh-CN': {
    'editor.label': '文章正文',
    'editor.compareTheirs': '磁盘上的版本（只读）',
    'editor.compareMine': '你的版本（只读）'
  }
})
