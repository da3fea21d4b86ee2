import { defineMessages } from '../../i18n/types'

/**
 * Strings of crash recovery (unsaved text offered back), backups, and saving a post that was
 * deleted on disk. Keys start with `recovery.`.
 */
export const recoveryMessages = defineMessages({
  en: {
    'recovery.title': 'Recover unsaved changes',
    'recovery.text':
      'Postcloud stopped last time before these posts were saved. Their unsaved text was kept.',
    'recovery.backedUpAt': 'Unsaved text from {time}',
    'recovery.compare': 'Compare',
    'recovery.hideCompare': 'Hide comparison',
    'recovery.restore': 'Restore',
    'recovery.discard': 'Discard',
    'recovery.later': 'Decide later',
    'recovery.laterHint':
      'Closing this keeps the unsaved text: it is offered again the next time this folder opens.',
    'recovery.fileGone':
      'The file is no longer on disk: Restore opens the text as an unsaved post, and Save writes it again.',
    'recovery.compareLabel': 'The file on disk beside the unsaved text',
    'recovery.compareDisk': 'On disk now',
    'recovery.compareBackup': 'Unsaved text',
    'recovery.compareDiskLabel': 'The file on disk now (read-only)',
    'recovery.compareBackupLabel': 'The unsaved text (read-only)',
    'recovery.backupFailed': 'Unsaved text could not be backed up: {reason}',
    'recovery.pending':
      'Unsaved text of this post from an earlier session is waiting. Typing here replaces it.',
    'recovery.showPending': 'Recover…',
    'recovery.recreateTitle': 'Save a deleted file again?',
    'recovery.recreateText':
      '“{id}” was deleted or moved on disk. Write your text there again as a new file?',
    'recovery.recreateConfirm': 'Save it again'
  },
  'zh-CN': {
    'recovery.title': '恢复未保存的修改',
    'recovery.text': '上次 Postcloud 在这些文章保存之前就停止了。它们未保存的文字已保留下来。',
    'recovery.backedUpAt': '{time} 的未保存文字',
    'recovery.compare': '比较',
    'recovery.hideCompare': '隐藏比较',
    'recovery.restore': '恢复',
    'recovery.discard': '丢弃',
    'recovery.later': '以后再说',
    'recovery.laterHint': '关闭此对话框会保留这些文字，下次打开此文件夹时会再次询问。',
    'recovery.fileGone':
      '此文件已不在磁盘上：“恢复”会把文字作为未保存的文章打开，保存即可重新写回。',
    'recovery.compareLabel': '磁盘上的文件与未保存的文字对照',
    'recovery.compareDisk': '磁盘上的当前版本',
    'recovery.compareBackup': '未保存的文字',
    'recovery.compareDiskLabel': '磁盘上的当前文件（只读）',
    'recovery.compareBackupLabel': '未保存的文字（只读）',
    'recovery.backupFailed': '未保存的文字无法备份：{reason}',
    'recovery.pending': '此文章有一份来自上次会话的未保存文字等待处理。在这里输入会替换它。',
    'recovery.showPending': '恢复…',
    'recovery.recreateTitle': '重新保存已删除的文件？',
    'recovery.recreateText': '“{id}”已在磁盘上被删除或移动。要把你的文字作为新文件重新写回原处吗？',
    'recovery.recreateConfirm': '重新保存'
  }
})
