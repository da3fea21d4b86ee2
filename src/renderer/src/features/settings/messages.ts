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
    'settings.editorFont': 'Editor font',
    'settings.editorFontPlaceholder': 'Default (Noto Sans Mono CJK SC, Noto Sans SC)',
    'settings.editorFontSize': 'Editor font size',
    'settings.remoteContent': 'Load images from the internet in the preview',
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
    'settings.editorFont': '编辑器字体',
    'settings.editorFontPlaceholder': '默认（Noto Sans Mono CJK SC、Noto Sans SC）',
    'settings.editorFontSize': '编辑器字号',
    'settings.remoteContent': '预览中加载网络图片',
    'settings.where': '保存在 Postcloud 的数据文件夹中，不在文章文件夹里。'
  }
})
