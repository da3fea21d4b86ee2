import { lineEndingOf, restoreLineEndings } from '@shared/editor/line-endings'
import { minimalEdit } from '@shared/editor/minimal-edit'
import type { LineEnding } from '@shared/post'
import { monaco } from './monaco'

type Model = monaco.editor.ITextModel
type ViewState = monaco.editor.ICodeEditorViewState

interface Entry {
  id: string
  model: Model
  /**
   * Set when the file mixes line endings (or has a lone CR), which a model cannot hold: the last
   * text the model was given, whose endings `text()` puts back around the edited lines.
   */
  baseline: string | null
  /** Alternative version id of the saved state: undoing back to it makes the buffer clean. */
  savedVersion: number
  dirty: boolean
  viewState: ViewState | null
  /** `text()` of the current version, so repeated reads of a big buffer cost nothing. */
  cache: { version: number; text: string } | null
  subscription: monaco.IDisposable
}

const { CRLF, LF } = monaco.editor.EndOfLineSequence

/**
 * The open posts' buffers: one Monaco model per post id, with the saved state, dirtiness, and the
 * editor's view state (cursor, scroll, folds) while another post is shown. Undo history lives in
 * the model and survives saves: a save only moves the saved mark, it never resets the text.
 *
 * Line endings: an LF or CRLF file's model uses that ending, so `text()` is the file byte for byte
 * and new lines get the file's ending. A file with mixed endings (or lone CRs) is held with its
 * majority ending, and `text()` gives back the file's own endings (shared/editor/line-endings):
 * unedited it is byte-identical, lines edited in place keep their ending, and only where lines
 * were added or removed do the lines of that region take the majority ending. (The window may
 * want to say so for `lineEnding: 'mixed'` posts.)
 */
export class EditorModels {
  private readonly entries = new Map<string, Entry>()
  private readonly contentListeners = new Set<(id: string) => void>()
  private readonly dirtyListeners = new Set<(id: string, dirty: boolean) => void>()
  private readonly modelListeners = new Set<() => void>()

  /**
   * The model of a post, created from the file's text on first open. An open post keeps its
   * buffer: opening it again returns the existing model untouched (unsaved edits included).
   */
  open(id: string, text: string, lineEnding: LineEnding): Model {
    const existing = this.entries.get(id)
    if (existing) return existing.model
    const model = monaco.editor.createModel(text, 'markdown', this.freeUri(id))
    // Before any history exists, so this is not an undoable edit. A file without line breaks
    // gets LF whatever the platform, like the posts the app creates.
    if (lineEnding === 'crlf') model.setEOL(CRLF)
    else if (lineEnding !== 'mixed') model.setEOL(LF)
    const entry: Entry = {
      id,
      model,
      baseline: lineEnding === 'mixed' ? text : null,
      savedVersion: model.getAlternativeVersionId(),
      dirty: false,
      viewState: null,
      cache: null,
      subscription: model.onDidChangeContent(() => this.changed(entry))
    }
    this.entries.set(id, entry)
    this.emitModels()
    return model
  }

  has(id: string): boolean {
    return this.entries.has(id)
  }

  /** The Monaco model of an open post, null when it is not open. */
  model(id: string): Model | null {
    return this.entries.get(id)?.model ?? null
  }

  /** The post id a model belongs to (it changes on rename), null for a model of no post. */
  idOf(model: Model): string | null {
    for (const entry of this.entries.values()) if (entry.model === model) return entry.id
    return null
  }

  /** The buffer's text as it would be saved, with the file's own line endings (see the class). */
  text(id: string): string {
    const entry = this.entry(id)
    const version = entry.model.getVersionId()
    if (entry.cache?.version !== version) {
      const value = entry.model.getValue()
      const text = entry.baseline === null ? value : restoreLineEndings(entry.baseline, value)
      entry.cache = { version, text }
    }
    return entry.cache.text
  }

  /**
   * The buffer's version: it changes with every edit and comes back when an edit is undone. Take
   * it together with `text()` before saving and pass it to `markSaved`, so typing during the
   * save leaves the buffer dirty.
   */
  versionOf(id: string): number {
    return this.entry(id).model.getAlternativeVersionId()
  }

  /** The buffer now matches the file (at `version` when given, else as it is now). */
  markSaved(id: string, version?: number): void {
    const entry = this.entry(id)
    // Typing after the save starts a new undo step, so undo can stop exactly at the saved text.
    entry.model.pushStackElement()
    entry.savedVersion = version ?? entry.model.getAlternativeVersionId()
    this.updateDirty(entry)
  }

  isDirty(id: string): boolean {
    return this.entries.get(id)?.dirty ?? false
  }

  dirtyIds(): string[] {
    return [...this.entries.values()].filter((entry) => entry.dirty).map((entry) => entry.id)
  }

  /**
   * Replaces the buffer's text with one undoable edit of just the part that differs (taking the
   * disk's version, reloading, a front matter change), so the cursor and folds elsewhere stay put.
   * A change of the text's line ending kind is followed too (also undoable). Call `markSaved`
   * afterwards when `text` is what the file now holds.
   */
  replaceText(id: string, text: string): void {
    const entry = this.entry(id)
    const { model } = entry
    const kind = lineEndingOf(text)
    if (kind === 'crlf' || kind === 'lf') {
      const eol = kind === 'crlf' ? CRLF : LF
      if (model.getEndOfLineSequence() !== eol) model.pushEOL(eol)
    }
    // Before the edit: its change event already reads the text with these endings.
    entry.baseline = kind === 'mixed' ? text : null
    entry.cache = null
    const edit = minimalEdit(model.getValue(), text.replace(/\r\n|\r|\n/g, model.getEOL()))
    if (!edit) return
    const range = monaco.Range.fromPositions(
      model.getPositionAt(edit.start),
      model.getPositionAt(edit.end)
    )
    model.pushStackElement()
    model.pushEditOperations([], [{ range, text: edit.text }], () => null)
    model.pushStackElement()
  }

  /** Follows a post renamed on disk: same model, same undo history, same view state. */
  rename(oldId: string, newId: string): void {
    const entry = this.entries.get(oldId)
    if (!entry || oldId === newId) return
    if (this.entries.has(newId)) throw new Error(`A post is already open as ${newId}`)
    this.entries.delete(oldId)
    entry.id = newId
    this.entries.set(newId, entry)
    this.emitModels()
    if (entry.dirty) {
      for (const listener of this.dirtyListeners) listener(oldId, false)
      for (const listener of this.dirtyListeners) listener(newId, true)
    }
  }

  /** Drops a post's buffer (unsaved edits included: ask the writer first). */
  close(id: string): void {
    const entry = this.entries.get(id)
    if (!entry) return
    this.entries.delete(id)
    entry.subscription.dispose()
    entry.model.dispose()
    this.emitModels()
    if (entry.dirty) for (const listener of this.dirtyListeners) listener(id, false)
  }

  /** Remembers where the writer was in a post (called by the editor when it shows another). */
  saveViewState(id: string, state: ViewState | null): void {
    const entry = this.entries.get(id)
    if (entry) entry.viewState = state
  }

  viewState(id: string): ViewState | null {
    return this.entries.get(id)?.viewState ?? null
  }

  /** Every edit, undo and replace of a post's buffer. Returns the unsubscribe function. */
  onDidChangeContent(listener: (id: string) => void): () => void {
    this.contentListeners.add(listener)
    return () => void this.contentListeners.delete(listener)
  }

  /** A post's buffer became dirty or clean (also when a dirty post is closed or renamed). */
  onDidChangeDirty(listener: (id: string, dirty: boolean) => void): () => void {
    this.dirtyListeners.add(listener)
    return () => void this.dirtyListeners.delete(listener)
  }

  /** A post was opened, closed or renamed. */
  onDidChangeModels(listener: () => void): () => void {
    this.modelListeners.add(listener)
    return () => void this.modelListeners.delete(listener)
  }

  dispose(): void {
    for (const id of [...this.entries.keys()]) this.close(id)
  }

  private entry(id: string): Entry {
    const entry = this.entries.get(id)
    if (!entry) throw new Error(`No editor model for ${id}`)
    return entry
  }

  private changed(entry: Entry): void {
    for (const listener of this.contentListeners) listener(entry.id)
    this.updateDirty(entry)
  }

  private updateDirty(entry: Entry): void {
    const dirty = entry.model.getAlternativeVersionId() !== entry.savedVersion
    if (dirty === entry.dirty) return
    entry.dirty = dirty
    for (const listener of this.dirtyListeners) listener(entry.id, dirty)
  }

  private emitModels(): void {
    for (const listener of this.modelListeners) listener()
  }

  /** `postcloud:/<id>`; a model URI cannot change, so a renamed post's old URI may still be taken. */
  private freeUri(id: string): monaco.Uri {
    const base = monaco.Uri.from({ scheme: 'postcloud', path: `/${id}` })
    let uri = base
    for (let copy = 2; monaco.editor.getModel(uri); copy++)
      uri = base.with({ query: `copy=${copy}` })
    return uri
  }
}
