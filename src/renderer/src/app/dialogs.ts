/** Which dialog is up; one at a time, as on a desktop. */
export type DialogState =
  | { kind: 'none' }
  | { kind: 'open-folder' }
  | { kind: 'new-post' }
  | { kind: 'rename'; id: string }
  | { kind: 'delete'; id: string }
  | { kind: 'trash' }
  | { kind: 'settings' }
  | { kind: 'quick-open' }
  | { kind: 'external'; url: string }
  /** Unsaved posts stand in the way of opening another folder. */
  | { kind: 'unsaved'; folder: string }
  | { kind: 'history'; id: string }
  | { kind: 'about' }
  | { kind: 'command-palette' }

export const noDialog: DialogState = { kind: 'none' }
