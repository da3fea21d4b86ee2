/**
 * A key with its modifiers. `mod` is Cmd on macOS and Ctrl elsewhere; `key` is written as on the
 * keycap: a letter ('S'), a punctuation mark (',') or a function key ('F2').
 */
export interface Shortcut {
  key: string
  mod?: true
  shift?: true
  alt?: true
}

/**
 * Every command of the window, with its shortcut (null: none). The window's command registry and
 * the Electron menu's accelerators both read this table, so a key cannot differ between them.
 */
export const commandShortcuts = {
  'open-folder': { mod: true, key: 'O' },
  'new-post': { mod: true, key: 'N' },
  save: { mod: true, key: 'S' },
  'quick-open': { mod: true, key: 'P' },
  rename: { key: 'F2' },
  delete: null,
  trash: null,
  // Not Cmd+Alt+H: macOS hides the other apps with it.
  history: { mod: true, shift: true, key: 'H' },
  settings: { mod: true, key: ',' },
  about: null,
  'command-palette': { mod: true, shift: true, key: 'P' },
  // Not Ctrl/Cmd+Shift+R: browsers and Electron's View menu reload the page with it.
  'regenerate-cloud': { mod: true, alt: true, key: 'R' },
  'export-cloud': null
} as const satisfies Record<string, Shortcut | null>

export type CommandId = keyof typeof commandShortcuts

export const commandIds = Object.keys(commandShortcuts) as CommandId[]
