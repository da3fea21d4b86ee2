import { useEffect, useEffectEvent } from 'react'
import type { CommandId, Shortcut } from '@shared/commands'
import { keyCode } from '@renderer/commands/shortcut'
import { monaco } from '../monaco'

/** A window command the editor binds to its key, by the name the writer knows it by. */
export interface EditorCommand {
  id: CommandId
  label: string
  shortcut: Shortcut
}

const { KeyMod, KeyCode } = monaco

/**
 * The window's commands on their keys while the editor has the focus: Monaco would otherwise keep
 * keys such as Ctrl/Cmd+S, or let the browser print the page on Ctrl/Cmd+P. They are editor
 * actions, scoped to this editor, and listed in Monaco's own command list (F1) by name. Monaco
 * binds nothing to Ctrl/Cmd+Shift+P; binding it here makes sure it opens the window's palette.
 */
export function useEditorActions(
  editor: monaco.editor.IStandaloneCodeEditor | null,
  commands: readonly EditorCommand[],
  onCommand: (id: CommandId) => void
): void {
  const run = useEffectEvent((id: CommandId) => onCommand(id))
  useEffect(() => {
    if (!editor) return undefined
    const actions = commands.map((command) =>
      editor.addAction({
        id: `postcloud.${command.id}`,
        label: command.label,
        keybindings: [keybinding(command.shortcut)],
        run: () => run(command.id)
      })
    )
    return () => {
      for (const action of actions) action.dispose()
    }
  }, [editor, commands])
}

function keybinding({ key, mod, shift, alt }: Shortcut): number {
  const code = KeyCode[keyCode(key) as keyof typeof KeyCode]
  if (code === undefined) throw new Error(`Monaco has no key ${key}`)
  return (mod ? KeyMod.CtrlCmd : 0) | (shift ? KeyMod.Shift : 0) | (alt ? KeyMod.Alt : 0) | code
}
