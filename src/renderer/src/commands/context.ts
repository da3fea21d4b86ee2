import type { FolderInfo } from '@shared/folder'
import type { DialogState } from '../app/dialogs'

/**
 * What the window's commands read and act on. The window's state extends it, so a command gets
 * the live window; a test hands it a plain object.
 */
export interface CommandContext {
  folder: FolderInfo | null
  /** The post in the editor. */
  activePost: { id: string; readOnly: boolean } | null
  /** The web host keeps a trash of its own; in Electron deleted posts go to the system's. */
  webHost: boolean
  documents: { save(): Promise<boolean> }
  /** Puts up a dialog in place of the one that is up. */
  showDialog(dialog: DialogState): void
  /** Present while the word cloud panel is on screen. */
  regenerateCloud: (() => void) | null
  /** Exports the open post's cloud: from the cloud panel, drawn first when it is not on screen. */
  exportCloud(): void
}
