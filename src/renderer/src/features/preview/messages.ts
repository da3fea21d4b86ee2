import { defineMessages } from '../../i18n/types'

/** Strings of the preview. Keys start with `preview.`. */
export const previewMessages = defineMessages({
  en: {
    'preview.label': 'Preview of the post',
    'preview.tooLarge':
      'This post is too large to preview ({size} MB; the preview stops at {limit} MB). The editor still works.',
    'preview.remoteImageBlocked': 'Remote image blocked',
    'preview.imageBlocked': 'Image not shown',
    'preview.imageMissing': 'Image not found',
    'preview.cloudNotExported': 'Word cloud not exported yet',
    'preview.exportCloud': 'Export'
  },
  'zh-CN': {
    'preview.label': '文章预览',
    'preview.tooLarge':
      '这篇文章太大，无法预览（{size} MB，预览上限为 {limit} MB）。编辑器仍可正常使用。',
    'preview.remoteImageBlocked': '已阻止远程图片',
    'preview.imageBlocked': '图片未显示',
    'preview.imageMissing': '找不到图片',
    'preview.cloudNotExported': '词云尚未导出',
    'preview.exportCloud': '导出'
  }
})
