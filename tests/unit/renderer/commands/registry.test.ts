import { describe, expect, it } from 'vitest'
import { commandIds } from '@shared/commands'
import type { CommandId } from '@shared/commands'
import type { CommandContext } from '@renderer/commands/context'
import { commandById, commands, runCommand } from '@renderer/commands/registry'
import { fakeContext } from './fake-context'

const noFolder: Partial<CommandContext> = { folder: null, activePost: null }
const noPost: Partial<CommandContext> = { activePost: null }
const readOnlyPost: Partial<CommandContext> = { activePost: { id: 'a.md', readOnly: true } }
const webHost: Partial<CommandContext> = { webHost: true }
const cloudShown: Partial<CommandContext> = { regenerateCloud: () => undefined }

/**
 * Which commands can run in which window. Each row: the command, then whether it can run with no
 * folder, with a folder but no post, with a read-only post, with a writable post (Electron), in
 * the web host, and with the cloud panel on screen.
 */
const rules: [CommandId, boolean, boolean, boolean, boolean, boolean, boolean][] = [
  ['open-folder', true, true, true, true, true, true],
  ['new-post', false, true, true, true, true, true],
  ['save', false, false, false, true, true, true],
  ['quick-open', false, true, true, true, true, true],
  ['rename', false, false, true, true, true, true],
  ['delete', false, false, true, true, true, true],
  ['trash', false, false, false, false, true, false],
  ['history', false, false, true, true, true, true],
  ['settings', true, true, true, true, true, true],
  ['about', true, true, true, true, true, true],
  ['command-palette', true, true, true, true, true, true],
  ['regenerate-cloud', false, false, false, false, false, true],
  ['export-cloud', false, false, false, true, true, true]
]

describe('the command registry', () => {
  it('has one entry per command of the shared table, in its order', () => {
    expect(commands.map((command) => command.id)).toEqual(commandIds)
    expect(rules.map(([id]) => id)).toEqual(commandIds)
  })

  it.each(rules)(
    '%s: enabled without a folder %s, without a post %s, read-only %s, writable %s, web %s, cloud %s',
    (id, ...expected) => {
      const windows = [noFolder, noPost, readOnlyPost, {}, webHost, cloudShown]
      const enabled = windows.map((overrides) =>
        commandById(id).enabled(fakeContext(overrides).ctx)
      )
      expect(enabled).toEqual(expected)
    }
  )

  it.each([
    ['open-folder', { kind: 'open-folder' }],
    ['new-post', { kind: 'new-post' }],
    ['quick-open', { kind: 'quick-open' }],
    ['rename', { kind: 'rename', id: 'posts/a.md' }],
    ['delete', { kind: 'delete', id: 'posts/a.md' }],
    ['history', { kind: 'history', id: 'posts/a.md' }],
    ['settings', { kind: 'settings' }],
    ['about', { kind: 'about' }],
    ['command-palette', { kind: 'command-palette' }]
  ] as const)('%s puts up its dialog, for the open post where it needs one', (id, dialog) => {
    const { ctx, effects } = fakeContext()
    runCommand(id, ctx)
    expect(effects.dialogs).toEqual([dialog])
  })

  it('trash puts up the web host’s trash', () => {
    const { ctx, effects } = fakeContext(webHost)
    runCommand('trash', ctx)
    expect(effects.dialogs).toEqual([{ kind: 'trash' }])
  })

  it('save saves the open post, and puts up nothing', () => {
    const { ctx, effects } = fakeContext()
    runCommand('save', ctx)
    expect(effects).toMatchObject({ saves: 1, dialogs: [] })
  })

  it('regenerate-cloud asks the panel on screen for a new layout', () => {
    let asked = 0
    const { ctx } = fakeContext({ regenerateCloud: () => (asked += 1) })
    runCommand('regenerate-cloud', ctx)
    expect(asked).toBe(1)
  })

  it('export-cloud asks the window to export the open post’s cloud, and puts up nothing', () => {
    const { ctx, effects } = fakeContext()
    runCommand('export-cloud', ctx)
    expect(effects).toMatchObject({ exports: 1, dialogs: [] })
  })

  it('a command that cannot run now does nothing when its key or menu item asks', () => {
    const { ctx, effects } = fakeContext(noFolder)
    for (const id of [
      'new-post',
      'save',
      'quick-open',
      'history',
      'trash',
      'export-cloud'
    ] as const)
      runCommand(id, ctx)
    expect(effects).toMatchObject({ saves: 0, exports: 0, dialogs: [] })
  })
})
