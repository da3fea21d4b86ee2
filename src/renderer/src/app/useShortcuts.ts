import { useEffect, useEffectEvent } from 'react'

export type ShortcutMap = Partial<
  Record<'save' | 'new' | 'quickOpen' | 'openFolder' | 'settings' | 'history', () => void>
>

const keys: Record<string, keyof ShortcutMap> = {
  s: 'save',
  n: 'new',
  p: 'quickOpen',
  o: 'openFolder',
  ',': 'settings'
}

/**
 * With Shift as well, matched by the key's position (Shift changes the character). Not Ctrl/Cmd+Alt+H
 * for history: macOS hides the other apps with ⌘⌥H.
 */
const shiftedKeys: Record<string, keyof ShortcutMap> = {
  KeyH: 'history'
}

/**
 * Ctrl/Cmd shortcuts for the whole window. The editor binds the same keys itself (Monaco stops
 * them from bubbling); this covers focus anywhere else, such as the list or the form.
 */
export function useShortcuts(map: ShortcutMap): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent): void => {
    const mod = navigator.platform.startsWith('Mac') ? event.metaKey : event.ctrlKey
    if (!mod || event.altKey) return
    const action = map[event.shiftKey ? shiftedKeys[event.code] : keys[event.key.toLowerCase()]]
    if (!action) return
    event.preventDefault()
    action()
  })
  useEffect(() => {
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
