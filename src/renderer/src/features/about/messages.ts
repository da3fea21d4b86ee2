import { defineMessages } from '../../i18n/types'

/** Strings of the About dialog: the app and the third-party files it ships. Keys start with `about.`. */
export const aboutMessages = defineMessages({
  en: {
    'about.open': 'About Postcloud…',
    'about.title': 'About Postcloud',
    'about.version': 'Postcloud {version}',
    'about.summary':
      'A desktop studio for Markdown report posts: edit, preview, segment Chinese text and export word clouds.',
    'about.intro': 'Postcloud ships these third-party files, each under its own licence:',
    'about.font.name': 'Noto Sans SC',
    'about.font.what': 'The font of the word clouds and the Chinese fallback of the editor.',
    'about.font.licence': 'SIL Open Font License 1.1',
    'about.jieba.name': 'jieba’s dictionaries',
    'about.jieba.what':
      'The dictionary, HMM model and IDF table that segment Chinese text: from jieba (Sun Junyi), shipped with cppjieba and nodejieba (Yanyi Wu).',
    'about.jieba.licence': 'MIT License',
    'about.seo.name': 'jekyll-seo-tag’s template',
    'about.seo.what':
      'The Site view renders {% seo %} with the template of the jekyll-seo-tag plugin (Ben Balter and contributors), so the page’s <head> is what the plugin writes.',
    'about.seo.licence': 'MIT (Expat) License',
    'about.npm.name': 'Open-source packages',
    'about.npm.what':
      'The npm packages built into the window and the back end, with each package’s licence.',
    'about.npm.licence': 'The licence of each package is listed',
    'about.licenceText': 'Licence text: {file}',
    'about.loadFailed': 'The licence texts could not be loaded.'
  },
  'zh-CN': {
    'about.open': '关于 Postcloud…',
    'about.title': '关于 Postcloud',
    'about.version': 'Postcloud 版本 {version}',
    'about.summary': 'Markdown 报告文章的桌面工作室：编辑、预览、中文分词并导出词云。',
    'about.intro': 'Postcloud 附带以下第三方文件，各自遵循其许可证：',
    'about.font.name': 'Noto Sans SC 字体',
    'about.font.what': '词云所用的字体，也是编辑器显示中文的后备字体。',
    'about.font.licence': 'SIL 开放字体许可证 1.1（SIL Open Font License 1.1）',
    'about.jieba.name': 'jieba 词典',
    'about.jieba.what':
      '用于中文分词的词典、HMM 模型和 IDF 表：来自 jieba（Sun Junyi），随 cppjieba 和 nodejieba（Yanyi Wu）发布。',
    'about.jieba.licence': 'MIT 许可证',
    'about.seo.name': 'jekyll-seo-tag 模板',
    'about.seo.what':
      '站点视图用 jekyll-seo-tag 插件（Ben Balter 及贡献者）的模板渲染 {% seo %}，使页面的 <head> 与插件生成的一致。',
    'about.seo.licence': 'MIT（Expat）许可证',
    'about.npm.name': '开源软件包',
    'about.npm.what': '窗口和后端所包含的 npm 软件包，附各包的许可证。',
    'about.npm.licence': '各包的许可证逐一列出',
    'about.licenceText': '许可证全文：{file}',
    'about.loadFailed': '无法加载许可证文本。'
  }
})
