import { defineMessages } from '../i18n/types'

/** Names of commands that no button carries, and the command palette's own words. */
export const commandsMessages = defineMessages({
  en: {
    'commands.quickOpen': 'Go to Post…',
    'commands.palette': 'Show All Commands',
    'commands.regenerateCloud': 'Regenerate Word Cloud',
    'commands.exportCloud': 'Export Word Cloud',
    'commands.paletteTitle': 'Commands',
    'commands.placeholder': 'Type part of a command’s name',
    'commands.none': 'No command matches.'
  },
  'zh-CN': {
    'commands.quickOpen': '转到文章…',
    'commands.palette': '显示所有命令',
    'commands.regenerateCloud': '重新生成词云',
    'commands.exportCloud': '导出词云',
    'commands.paletteTitle': '命令',
    'commands.placeholder': '输入命令名称的一部分',
    'commands.none': '没有匹配的命令。'
  }
})
