import { defineMessages } from '../../i18n/types'

/** Strings of the Site view. Keys start with `site.`. */
export const siteMessages = defineMessages({
  en: {
    'site.tab': 'Site',
    'site.paneTabs': 'Preview, word cloud and site page',
    'site.frame': 'The post as its site publishes it',
    'site.rendering': 'Rendering the site page…',
    'site.tooLarge':
      'This post is too large for the site page ({size} MB; the Site tab stops at {limit} MB). The editor still works.',
    'site.failed': 'The site page could not be rendered: {reason}',
    'site.noSite':
      'This folder is not a Jekyll site, so there is no site page to show: it has neither a _config.yml nor a _posts folder. The Preview tab shows the post itself.',
    'site.fallbackLayout':
      'The site has no layouts of its own and its theme was not found: the page is shown in a plain layout.',
    'site.widths': 'Page width',
    'site.width.desktop': 'Desktop',
    'site.width.tablet': 'Tablet',
    'site.width.phone': 'Phone',
    'site.widthHint': '{width} px wide',
    'site.scaled': 'Scaled to {percent}%',
    'site.diagnostics': 'Diagnostics',
    'site.diagnosticsCount': 'Diagnostics ({count})',
    'site.noDiagnostics': 'Everything on this page rendered as Jekyll would render it.',
    'site.place': '{file}:{line}',
    'site.openFile': 'Open {file} at this line',
    'site.themeFile':
      'This file belongs to the installed theme {theme}, outside the folder: Postcloud does not edit it.',
    'site.kind.liquid': 'Liquid',
    'site.kind.plugin': 'Plugin',
    'site.kind.include': 'Include',
    'site.kind.layout': 'Layout',
    'site.kind.theme': 'Theme',
    'site.kind.sass': 'Sass',
    'site.kind.yaml': 'YAML',
    'site.kind.limit': 'Limit',
    'site.renderedIn': 'Rendered in {ms} ms'
  },
  'zh-CN': {
    'site.tab': '站点',
    'site.paneTabs': '预览、词云与站点页面',
    'site.frame': '文章在其站点中发布后的样子',
    'site.rendering': '正在渲染站点页面…',
    'site.tooLarge':
      '这篇文章太大，无法显示站点页面（{size} MB，站点页面上限为 {limit} MB）。编辑器仍可正常使用。',
    'site.failed': '无法渲染站点页面：{reason}',
    'site.noSite':
      '此文件夹不是 Jekyll 站点（既没有 _config.yml，也没有 _posts 文件夹），因此没有站点页面可显示。“预览”标签页显示文章本身。',
    'site.fallbackLayout': '站点没有自己的布局，也找不到它的主题：页面以简单布局显示。',
    'site.widths': '页面宽度',
    'site.width.desktop': '桌面',
    'site.width.tablet': '平板',
    'site.width.phone': '手机',
    'site.widthHint': '宽 {width} 像素',
    'site.scaled': '缩放至 {percent}%',
    'site.diagnostics': '诊断',
    'site.diagnosticsCount': '诊断（{count}）',
    'site.noDiagnostics': '此页面的所有内容都按 Jekyll 的方式渲染。',
    'site.place': '{file}:{line}',
    'site.openFile': '在此行打开 {file}',
    'site.themeFile': '此文件属于已安装的主题 {theme}，不在文件夹内：Postcloud 不编辑它。',
    'site.kind.liquid': 'Liquid',
    'site.kind.plugin': '插件',
    'site.kind.include': '包含文件',
    'site.kind.layout': '布局',
    'site.kind.theme': '主题',
    'site.kind.sass': 'Sass',
    'site.kind.yaml': 'YAML',
    'site.kind.limit': '限制',
    'site.renderedIn': '渲染耗时 {ms} 毫秒'
  }
})
