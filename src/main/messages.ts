import type { Locale } from '@shared/locale'

/** The words main shows itself (the menu and its own dialogs), in the window's two languages. */
export interface MainText {
  file: string
  openFolder: string
  newPost: string
  quickOpen: string
  save: string
  settings: string
  help: string
  about: string
  unsavedMessage: string
  unsavedDetail: string
  closeWithoutSaving: string
  cancel: string
  externalMessage: string
  externalDetail: string
  openLink: string
}

const en: MainText = {
  file: 'File',
  openFolder: 'Open Folder…',
  newPost: 'New Post…',
  quickOpen: 'Quick Open…',
  save: 'Save',
  settings: 'Settings…',
  help: 'Help',
  about: 'About Postcloud',
  unsavedMessage: 'Some posts have unsaved changes.',
  unsavedDetail: 'Close the window and lose them?',
  closeWithoutSaving: 'Close without saving',
  cancel: 'Cancel',
  externalMessage: 'Open a link outside Postcloud?',
  externalDetail: 'This link opens in your web browser or mail program:',
  openLink: 'Open link'
}

const zhCN: MainText = {
  file: '文件',
  openFolder: '打开文件夹…',
  newPost: '新建文章…',
  quickOpen: '转到文章…',
  save: '保存',
  settings: '设置…',
  help: '帮助',
  about: '关于 Postcloud',
  unsavedMessage: '有文章的修改尚未保存。',
  unsavedDetail: '关闭窗口并丢弃这些修改？',
  closeWithoutSaving: '不保存并关闭',
  cancel: '取消',
  externalMessage: '在 Postcloud 之外打开链接？',
  externalDetail: '此链接将在你的网页浏览器或邮件程序中打开：',
  openLink: '打开链接'
}

export const mainText: Record<Locale, MainText> = { en, 'zh-CN': zhCN }
