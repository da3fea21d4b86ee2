import type { PostStamp } from './post'

/** An unsaved buffer kept in the app's data folder, offered back at the next launch after a crash. */
export interface RecoverableBuffer {
  /** Post id in the open folder. */
  id: string
  text: string
  /** When the buffer was last backed up (ISO 8601). */
  backedUpAt: string
  /** The file the buffer was based on (its stamp when opened or last saved); null for a post never saved. */
  base: PostStamp | null
}

/** One earlier version of a post kept by the local history (the file as it was before a save replaced it). */
export interface HistoryEntry {
  /** Opaque key for readHistoryVersion. */
  version: string
  /** When this version was replaced (ISO 8601). */
  savedAt: string
  /** Size in bytes. */
  size: number
}

/** When the window saves by itself: never, a while after the last keystroke, or when focus leaves the editor. */
export type AutosaveMode = 'off' | 'delay' | 'focus'
