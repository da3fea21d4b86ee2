/** What happened to a post file on disk. */
export type LibraryEventKind = 'add' | 'change' | 'unlink'

export interface LibraryEvent {
  kind: LibraryEventKind
  /** The post whose file it happened to. */
  id: string
}

/**
 * Events may have been missed (the web host's event stream was down and came back): re-read the
 * list and the open posts.
 */
export interface RescanNotice {
  kind: 'rescan'
}

/** A window went with unsaved buffers, which `listRecoverable` now offers. No post changed. */
export interface RecoverableNotice {
  kind: 'recoverable'
}

/** Everything the open folder's event channel brings a window. */
export type FolderEvent = LibraryEvent | RescanNotice | RecoverableNotice
