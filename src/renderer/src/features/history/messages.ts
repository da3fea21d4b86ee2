import { defineMessages } from '../../i18n/types'

/** Strings of the local history: earlier versions of a post, kept at each save. Keys start with `history.`. */
export const historyMessages = defineMessages({
  en: {
    'history.open': 'History…',
    'history.title': 'Local history of “{title}”',
    'history.versions': 'Earlier versions, newest first, each with the time a save replaced it',
    'history.empty':
      'No earlier versions yet: each save keeps the version it replaces, in Postcloud’s data folder.',
    'history.pick': 'Pick a version to compare it with your current text.',
    'history.compareLabel': 'The chosen version beside your current text',
    'history.compareVersion': 'The version until {time}',
    'history.compareCurrent': 'Your current text',
    'history.compareVersionLabel': 'The saved version (read-only)',
    'history.compareCurrentLabel': 'Your current text (read-only)',
    'history.restore': 'Restore this version',
    'history.restoreHint':
      'Restoring puts that text into the editor as an unsaved change: undo it there (Ctrl+Z, ⌘Z on a Mac), or save it.',
    'history.readOnly':
      'This file is read-only on disk: its versions can be compared but not restored.'
  },
  'zh-CN': {
    'history.open': '历史版本…',
    'history.title': '“{title}”的本地历史',
    'history.versions': '较早的版本，最新的在前，各附被保存替换的时间',
    'history.empty':
      '还没有较早的版本：每次保存都会把被替换的版本保留在 Postcloud 的数据文件夹中。',
    'history.pick': '选择一个版本，与当前文字进行比较。',
    'history.compareLabel': '所选版本与当前文字对照',
    'history.compareVersion': '{time} 之前的版本',
    'history.compareCurrent': '当前文字',
    'history.compareVersionLabel': '保存的版本（只读）',
    'history.compareCurrentLabel': '当前文字（只读）',
    'history.restore': '恢复此版本',
    'history.restoreHint':
      '恢复会把该版本的文字作为未保存的修改放入编辑器：可在编辑器中撤销（Ctrl+Z，Mac 上为 ⌘Z），或直接保存。',
    'history.readOnly': '此文件在磁盘上是只读的：可以比较各版本，但不能恢复。'
  }
})
