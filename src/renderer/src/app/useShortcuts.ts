import { useEffect, useEffectEvent } from 'react'

export type ShortcutMap = Partial<
  Record<'save' | 'new' | 'quickOpen' | 'openFolder' | 'settings', () => void>
>

const keys: Record<string, keyof ShortcutMap> = {
  s: 'save',
  n: 'new',
  p: 'quickOpen',
  o: 'openFolder',
  ',': 'settings'
}

/**
 * Ctrl/Cmd shortcuts for the whole window. The editor binds the same keys itself (Monaco stops
 * them from bubbling); this covers focus anywhere else, such as the list or the form.
 */
export function useShortcuts(map: ShortcutMap): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent): void => {
    const mod = navigator.platform.startsWith('Mac') ? event.metaKey : event.ctrlKey
    if (!mod || event.altKey || event.shiftKey) return
    const action = map[keys[event.key.toLowerCase()]]
    if (!action) return
    event.preventDefault()
    action()
  })
  useEffect(() => {
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
