import type { CommandContext } from '@renderer/commands/context'
import type { DialogState } from '@renderer/app/dialogs'

/** What a command did to the fake window: the dialogs it put up, the saves and exports it asked for. */
export interface Effects {
  dialogs: DialogState[]
  saves: number
  regenerated: number
  exports: number
}

// Only whether a folder is open matters to commands.
export const folder = { path: '/posts', name: 'posts' } as NonNullable<CommandContext['folder']>

/**
 * A window as commands see it: by default a folder is open with a writable post in the editor,
 * in Electron, with the cloud panel hidden. `overrides` changes one fact per test.
 */
export function fakeContext(overrides: Partial<CommandContext> = {}): {
  ctx: CommandContext
  effects: Effects
} {
  const effects: Effects = { dialogs: [], saves: 0, regenerated: 0, exports: 0 }
  const ctx: CommandContext = {
    folder,
    activePost: { id: 'posts/a.md', readOnly: false },
    webHost: false,
    documents: {
      save: async () => {
        effects.saves += 1
        return true
      }
    },
    showDialog: (dialog) => effects.dialogs.push(dialog),
    regenerateCloud: null,
    exportCloud: () => (effects.exports += 1),
    ...overrides
  }
  return { ctx, effects }
}
