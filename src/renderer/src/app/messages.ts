import { defineMessages } from '../i18n/types'

/** Strings of the window's frame: toolbar, menus, dialogs that belong to no single feature. */
export const appMessages = defineMessages({
  en: {
    'app.name': 'Postcloud',
    'app.noFolder': 'No folder is open.'
  },
  'zh-CN': {
    'app.name': 'Postcloud',
    'app.noFolder': '尚未打开文件夹。'
  }
})
