import { createContext, useContext } from 'react'
import type { FolderInfo } from '@shared/folder'
import type { PostSummary } from '@shared/post'
import type { CommandContext } from '../commands/context'
import type { Documents } from '../documents/useDocuments'
import type { EditorModels } from '../features/editor/EditorModels'
import type { PostActions } from '../features/posts/usePostActions'
import type { Recovery } from '../features/recovery/useRecovery'
import type { Theme } from '../ui/useTheme'
import type { DialogState } from './dialogs'
import type { Settings } from './useSettings'

/**
 * What the window holds that its dialogs and commands act on. App provides it once, so a dialog
 * or a command reads what it needs instead of App threading a dozen props through. It is the
 * commands' context as it stands.
 */
export interface WindowState extends CommandContext {
  folder: FolderInfo | null
  recentFolders: string[]
  /** Opens a folder, asking first when posts of the current one are unsaved. */
  openFolder(path: string): Promise<boolean>
  /** Opens a folder without asking (the writer has decided about the unsaved posts). */
  leaveFolder(path: string): Promise<boolean>
  posts: PostSummary[]
  documents: Documents
  models: EditorModels
  actions: PostActions
  settings: Settings
  theme: Theme
  dirtyIds: ReadonlySet<string>
  recovery: Recovery
  /** Puts up a dialog in place of the one that is up (one at a time, as on a desktop). */
  showDialog(dialog: DialogState): void
}

export const WindowContext = createContext<WindowState | null>(null)

/** The window's state; only components under App's provider call it. */
export function useWindow(): WindowState {
  const state = useContext(WindowContext)
  if (!state) throw new Error('useWindow outside the window')
  return state
}
