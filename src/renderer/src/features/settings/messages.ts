import { defineMessages } from '../../i18n/types'

/** Strings of the settings dialog. */
export const settingsMessages = defineMessages({
  en: {
    'settings.title': 'Settings',
    'settings.theme': 'Theme',
    'settings.theme.system': 'Follow the system',
    'settings.theme.light': 'Light',
    'settings.theme.dark': 'Dark',
    'settings.language': 'Language',
    'settings.language.system': 'Follow the system',
    'settings.language.en': 'English',
    'settings.language.zh-CN': '简体中文',
    'settings.editorLanguageLater':
      'The editor’s find box, context menu and command palette switch language the next time the window opens.',
    'settings.editorFont': 'Editor font',
    'settings.editorFontPlaceholder': 'Default (Noto Sans Mono CJK SC, Noto Sans SC)',
    'settings.editorFontSize': 'Editor font size',
    'settings.remoteContent': 'Load images from the internet in the preview',
    'settings.autosave': 'Save by itself',
    'settings.autosave.off': 'Never (save with Ctrl+S)',
    'settings.autosave.delay': 'After a pause in typing',
    'settings.autosave.focus': 'When leaving the window or the post',
    'settings.autosaveDelay': 'Pause before saving (seconds)',
    'settings.autosaveHint':
      'Unsaved text is backed up every few seconds either way, and offered back after a crash.',
    'settings.where': 'Saved for you in Postcloud’s data folder, not in the posts folder.'
  },
  'zh-CN': {
    'settings.title': '设置',
    'settings.theme': '主题',
    'settings.theme.system': '跟随系统',
    'settings.theme.light': '浅色',
    'settings.theme.dark': '深色',
    'settings.language': '语言',
    'settings.language.system': '跟随系统',
    'settings.language.en': 'English',
    'settings.language.zh-CN': '简体中文',
    'settings.editorLanguageLater':
      '编辑器自带的查找框、右键菜单和命令面板会在下次打开窗口时切换语言。',
    'settings.editorFont': '编辑器字体',
    'settings.editorFontPlaceholder': '默认（Noto Sans Mono CJK SC、Noto Sans SC）',
    'settings.editorFontSize': '编辑器字号',
    'settings.remoteContent': '预览中加载网络图片',
    'settings.autosave': '自动保存',
    'settings.autosave.off': '从不（用 Ctrl+S 保存）',
    'settings.autosave.delay': '停止输入片刻后',
    'settings.autosave.focus': '离开窗口或切换文章时',
    'settings.autosaveDelay': '保存前的停顿（秒）',
    'settings.autosaveHint': '无论如何，未保存的文字每隔几秒都会备份，崩溃后可以找回。',
    'settings.where': '保存在 Postcloud 的数据文件夹中，不在文章文件夹里。'
  }
})
