import { describe, expect, it } from 'vitest'
import { commands } from '@renderer/commands/registry'
import { catalogue } from '@renderer/i18n/catalogue'

describe('command labels', () => {
  it.each(commands.map((command) => [command.id, command.label] as const))(
    '%s has a label in English and in Chinese',
    (_id, label) => {
      expect(catalogue.en[label]).toMatch(/\S/)
      expect(catalogue['zh-CN'][label]).toMatch(/\S/)
      expect(catalogue['zh-CN'][label]).not.toBe(catalogue.en[label])
    }
  )

  it('no two commands share a label, so the palette never lists two alike', () => {
    for (const table of [catalogue.en, catalogue['zh-CN']]) {
      const labels = commands.map((command) => table[command.label])
      expect(new Set(labels).size).toBe(labels.length)
    }
  })
})
