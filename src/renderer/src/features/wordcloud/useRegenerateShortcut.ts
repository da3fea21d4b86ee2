import { useEffect, useEffectEvent } from 'react'

/** How the shortcut is written in a tooltip and in `aria-keyshortcuts`. */
export function regenerateShortcut(): { label: string; aria: string } {
  return isMac()
    ? { label: '⌘⌥R', aria: 'Meta+Alt+R' }
    : { label: 'Ctrl+Alt+R', aria: 'Control+Alt+R' }
}

/**
 * Ctrl/Cmd+Alt+R regenerates the cloud while the panel is open. Not Ctrl/Cmd+Shift+R: browsers
 * and Electron's View menu reload the page with it. The key is matched by its position (`code`),
 * because Alt changes the character on a Mac.
 */
export function useRegenerateShortcut(regenerate: () => void): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent): void => {
    const mod = isMac() ? event.metaKey : event.ctrlKey
    if (!mod || !event.altKey || event.shiftKey || event.code !== 'KeyR') return
    event.preventDefault()
    regenerate()
  })
  useEffect(() => {
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}

function isMac(): boolean {
  return navigator.platform.startsWith('Mac')
}
