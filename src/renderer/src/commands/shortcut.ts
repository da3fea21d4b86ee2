import type { Shortcut } from '@shared/commands'

/** The parts of a key event a shortcut is matched against. */
export type KeyPress = Pick<
  KeyboardEvent,
  'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'
>

export function isMac(): boolean {
  return navigator.platform.startsWith('Mac')
}

/**
 * The key's position as `KeyboardEvent.code` names it ('S' → 'KeyS', ',' → 'Comma', 'F2' → 'F2');
 * Monaco's `KeyCode` uses the same names.
 */
export function keyCode(key: string): string {
  if (/^[A-Z]$/.test(key)) return `Key${key}`
  return key === ',' ? 'Comma' : key
}

/**
 * Whether a key press is the shortcut. Mod is Cmd on macOS and Ctrl elsewhere. With Shift or Alt
 * the key is matched by its position (`code`), because they change the character (Shift+P is 'P',
 * Alt+R is '®' on a Mac); without them by the character, so a remapped layout's S still saves.
 */
export function matches(press: KeyPress, shortcut: Shortcut, mac: boolean): boolean {
  const mod = mac ? press.metaKey : press.ctrlKey
  if (mod !== Boolean(shortcut.mod)) return false
  if (press.shiftKey !== Boolean(shortcut.shift) || press.altKey !== Boolean(shortcut.alt))
    return false
  return shortcut.shift || shortcut.alt
    ? press.code === keyCode(shortcut.key)
    : press.key.toLowerCase() === shortcut.key.toLowerCase()
}

/** How a tooltip or the command palette writes the shortcut: `Ctrl+Shift+H`, or `⌘⇧H` on a Mac. */
export function shortcutLabel(shortcut: Shortcut, mac: boolean): string {
  const parts = mac
    ? [shortcut.mod && '⌘', shortcut.shift && '⇧', shortcut.alt && '⌥']
    : [shortcut.mod && 'Ctrl+', shortcut.shift && 'Shift+', shortcut.alt && 'Alt+']
  return `${parts.filter(Boolean).join('')}${shortcut.key}`
}

/** The shortcut in `aria-keyshortcuts`' spelling: `Control+Shift+H`, or `Meta+Shift+H` on a Mac. */
export function shortcutAria(shortcut: Shortcut, mac: boolean): string {
  return [
    shortcut.mod && (mac ? 'Meta' : 'Control'),
    shortcut.shift && 'Shift',
    shortcut.alt && 'Alt',
    shortcut.key
  ]
    .filter(Boolean)
    .join('+')
}
