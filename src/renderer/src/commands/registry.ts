import { commandIds, commandShortcuts } from '@shared/commands'
import type { CommandId, Shortcut } from '@shared/commands'
import type { MessageKey } from '../i18n/catalogue'
import type { CommandContext } from './context'
import { matches } from './shortcut'
import type { KeyPress } from './shortcut'

/**
 * One thing the writer can do. The toolbar, the window's keys, the editor's keys, the Electron
 * menu and the command palette all run commands from this registry, so each is named once.
 */
export interface Command {
  id: CommandId
  label: MessageKey
  shortcut: Shortcut | null
  /**
   * Who binds the shortcut: the whole window (the editor included), or only the post list, where
   * F2 renames the post under the list's cursor rather than the open one.
   */
  keyScope: 'window' | 'post-list'
  enabled(ctx: CommandContext): boolean
  run(ctx: CommandContext): void
}

type Entry = Pick<Command, 'label' | 'run'> & Partial<Pick<Command, 'enabled' | 'keyScope'>>

const always = (): boolean => true
const withFolder = (ctx: CommandContext): boolean => ctx.folder !== null
const withPost = (ctx: CommandContext): boolean => ctx.activePost !== null

/** Keyed by every id of the shared table, so a command without an entry does not compile. */
const entries: Record<CommandId, Entry> = {
  'open-folder': {
    label: 'app.openFolder',
    run: (ctx) => ctx.showDialog({ kind: 'open-folder' })
  },
  'new-post': {
    label: 'posts.new',
    enabled: withFolder,
    run: (ctx) => ctx.showDialog({ kind: 'new-post' })
  },
  save: {
    label: 'app.save',
    enabled: (ctx) => ctx.activePost !== null && !ctx.activePost.readOnly,
    run: (ctx) => void ctx.documents.save()
  },
  'quick-open': {
    label: 'commands.quickOpen',
    enabled: withFolder,
    run: (ctx) => ctx.showDialog({ kind: 'quick-open' })
  },
  rename: {
    label: 'posts.rename',
    keyScope: 'post-list',
    enabled: withPost,
    run: (ctx) => ctx.activePost && ctx.showDialog({ kind: 'rename', id: ctx.activePost.id })
  },
  delete: {
    label: 'posts.delete',
    enabled: withPost,
    run: (ctx) => ctx.activePost && ctx.showDialog({ kind: 'delete', id: ctx.activePost.id })
  },
  trash: {
    label: 'posts.trashTitle',
    enabled: (ctx) => ctx.webHost,
    run: (ctx) => ctx.showDialog({ kind: 'trash' })
  },
  history: {
    label: 'history.open',
    enabled: withPost,
    run: (ctx) => ctx.activePost && ctx.showDialog({ kind: 'history', id: ctx.activePost.id })
  },
  settings: {
    label: 'settings.title',
    run: (ctx) => ctx.showDialog({ kind: 'settings' })
  },
  about: {
    label: 'about.title',
    run: (ctx) => ctx.showDialog({ kind: 'about' })
  },
  'command-palette': {
    label: 'commands.palette',
    run: (ctx) => ctx.showDialog({ kind: 'command-palette' })
  },
  'regenerate-cloud': {
    label: 'commands.regenerateCloud',
    enabled: (ctx) => ctx.regenerateCloud !== null,
    run: (ctx) => ctx.regenerateCloud?.()
  },
  'export-cloud': {
    label: 'commands.exportCloud',
    // The export writes the image's link into the post.
    enabled: (ctx) => ctx.activePost !== null && !ctx.activePost.readOnly,
    run: (ctx) => ctx.exportCloud()
  }
}

export const commands: readonly Command[] = commandIds.map((id) => ({
  id,
  shortcut: commandShortcuts[id],
  enabled: always,
  keyScope: 'window',
  ...entries[id]
}))

export function commandById(id: CommandId): Command {
  const command = commands.find((candidate) => candidate.id === id)
  if (!command) throw new Error(`No command ${id}`)
  return command
}

/** Runs the command if it can run now (a shortcut or a menu item may ask at any time). */
export function runCommand(id: CommandId, ctx: CommandContext): void {
  const command = commandById(id)
  if (command.enabled(ctx)) command.run(ctx)
}

/** The commands whose shortcut works anywhere in the window; the editor binds these too. */
export const windowKeyCommands = commands.filter(
  (command): command is Command & { shortcut: Shortcut } =>
    command.shortcut !== null && command.keyScope === 'window'
)

/** The command a key press anywhere in the window stands for, enabled or not. */
export function commandForKey(press: KeyPress, mac: boolean): Command | undefined {
  return windowKeyCommands.find((command) => matches(press, command.shortcut, mac))
}
