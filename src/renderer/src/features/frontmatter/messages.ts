import { defineMessages } from '../../i18n/types'

/** Strings of the front matter form. Keys start with `frontmatter.`. */
export const frontMatterMessages = defineMessages({
  en: {
    'frontmatter.form': 'Front matter',
    'frontmatter.title': 'Title',
    'frontmatter.date': 'Date',
    'frontmatter.datePicker': 'Pick the date',
    'frontmatter.datePickerShowing': 'Pick the date: {date}',
    'frontmatter.dateUnreadable':
      'The picker cannot read this date; edit the text (e.g. 2025-11-11 15:33:03 +0800)',
    'frontmatter.dateNotSaved':
      'Jekyll cannot read this date, so the site would not build: it is not saved. Write it like 2025-11-11 15:33:03 +0800, or press Escape to undo.',
    'frontmatter.dateBreaksBuild':
      'Jekyll cannot read this date, so the site does not build. Write it like 2025-11-11 15:33:03 +0800.',
    'frontmatter.dateTimeFormat': 'YYYY-MM-DD HH:mm',
    'frontmatter.dateFormat': 'YYYY-MM-DD',
    'frontmatter.pickFirstDate': 'Pick a date',
    'frontmatter.layout': 'Layout',
    'frontmatter.categories': 'Categories',
    'frontmatter.tags': 'Tags',
    'frontmatter.listHint': 'Separated by commas',
    'frontmatter.wordsHint': 'Separated by spaces',
    'frontmatter.more': 'More fields ({count})',
    'frontmatter.readonlyValue': 'Edit this value in the editor',
    'frontmatter.commitHint': 'Enter or leaving the field saves it; Escape undoes',
    'frontmatter.none': 'This post has no front matter.',
    'frontmatter.unclosed':
      'The front matter is never closed (no second ---), so the file is read as body text. Metadata cannot be edited here.',
    'frontmatter.invalid':
      'The front matter is not valid YAML. Fix it in the editor to edit metadata here.',
    'frontmatter.refused':
      'The front matter is not YAML (a ---js block is never run). Metadata cannot be edited here.',
    'frontmatter.at': 'Line {line}, column {column}',
    'frontmatter.atLine': 'Line {line}',
    'frontmatter.readOnlyFile': 'The file is read-only.',
    'frontmatter.nameDay':
      'The date is on {dateDay}, but the file name says {nameDay}. Jekyll publishes the post by its date; links and other tools follow the file name.',
    'frontmatter.renameToDate': 'Rename file to {fileName}'
  },
  'zh-CN': {
    'frontmatter.form': '前置元数据',
    'frontmatter.title': '标题',
    'frontmatter.date': '日期',
    'frontmatter.datePicker': '选择日期',
    'frontmatter.datePickerShowing': '选择日期：{date}',
    'frontmatter.dateUnreadable':
      '无法识别此日期格式，请直接编辑文本（例如 2025-11-11 15:33:03 +0800）',
    'frontmatter.dateNotSaved':
      'Jekyll 无法识别此日期，站点将无法构建，因此未保存。请写成 2025-11-11 15:33:03 +0800 这样的格式，或按 Esc 撤销。',
    'frontmatter.dateBreaksBuild':
      'Jekyll 无法识别此日期，站点无法构建。请写成 2025-11-11 15:33:03 +0800 这样的格式。',
    'frontmatter.dateTimeFormat': 'YYYY-MM-DD HH:mm',
    'frontmatter.dateFormat': 'YYYY-MM-DD',
    'frontmatter.pickFirstDate': '选择日期',
    'frontmatter.layout': '布局',
    'frontmatter.categories': '分类',
    'frontmatter.tags': '标签',
    'frontmatter.listHint': '用逗号分隔',
    'frontmatter.wordsHint': '用空格分隔',
    'frontmatter.more': '更多字段（{count}）',
    'frontmatter.readonlyValue': '请在编辑器中修改此值',
    'frontmatter.commitHint': '按 Enter 或离开输入框即保存，按 Esc 撤销',
    'frontmatter.none': '此文章没有前置元数据（front matter）。',
    'frontmatter.unclosed':
      '前置元数据没有闭合（缺少第二个 ---），整个文件按正文处理，无法在此编辑元数据。',
    'frontmatter.invalid': '前置元数据不是有效的 YAML，请先在编辑器中修正。',
    'frontmatter.refused':
      '前置元数据不是 YAML（---js 等代码块永远不会执行），无法在此编辑元数据。',
    'frontmatter.at': '第 {line} 行，第 {column} 列',
    'frontmatter.atLine': '第 {line} 行',
    'frontmatter.readOnlyFile': '文件为只读。',
    'frontmatter.nameDay':
      '日期是 {dateDay}，但文件名中的日期是 {nameDay}。Jekyll 按日期发布文章，而链接和其他工具以文件名为准。',
    'frontmatter.renameToDate': '将文件重命名为 {fileName}'
  }
})
