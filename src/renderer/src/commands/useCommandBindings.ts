import { useEffect, useEffectEvent } from 'react'
import type { CommandId } from '@shared/commands'
import { api } from '../api'
import type { CommandContext } from './context'
import { commandForKey, runCommand } from './registry'
import { isMac } from './shortcut'

/**
 * Runs commands from the window's keys and, in Electron, from the application menu. The editor
 * binds the same keys itself (Monaco stops the keys it binds from bubbling); this covers focus
 * anywhere else, such as the list, the form or a dialog.
 */
export function useCommandBindings(ctx: CommandContext): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent): void => {
    const command = commandForKey(event, isMac())
    if (!command) return
    // Taken even when the command cannot run now: the browser would print or save the page.
    event.preventDefault()
    runCommand(command.id, ctx)
  })
  const onMenuCommand = useEffectEvent((id: CommandId): void => runCommand(id, ctx))
  useEffect(() => {
    window.addEventListener('keydown', onKeyDown)
    const unsubscribe = api.onMenuCommand(onMenuCommand)
    return () => {
      window.removeEventListener('keydown', onKeyDown)
      unsubscribe()
    }
  }, [])
}
