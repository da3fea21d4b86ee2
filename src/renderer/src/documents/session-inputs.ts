import type { PostcloudApi } from '@shared/contract'
import type { LineEnding } from '@shared/post'

/** The back end's post methods a DocumentSession calls (a subset of the contract's `api`). */
export type DocumentApi = Pick<PostcloudApi, 'readPost' | 'savePost' | 'updateFrontMatter'>

/**
 * What a DocumentSession needs of the editor's buffers: the part of EditorModels that holds text,
 * versions and the saved mark. Narrow on purpose, so tests can hand the session buffers without
 * Monaco.
 */
export interface DocumentModels {
  /** Creates the buffer from the file's text; an open post keeps its buffer untouched. */
  open(id: string, text: string, lineEnding: LineEnding): void
  /** The buffer's text as it would be saved. */
  text(id: string): string
  /** Changes with every edit; taken with `text()` before a save and given back to `markSaved`. */
  versionOf(id: string): number
  /** The buffer now matches the file (at `version` when given, else as it is now). */
  markSaved(id: string, version?: number): void
  isDirty(id: string): boolean
  /** One undoable edit to `text` (taking the disk's version, a restored backup). */
  replaceText(id: string, text: string): void
  rename(oldId: string, newId: string): void
  close(id: string): void
}
