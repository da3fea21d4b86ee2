import type { FrontMatterValue, Post, PostStamp } from '@shared/post'
import { PostcloudError } from '@shared/errors'
import type { ErrorCode } from '@shared/errors'
import { KeyedChain } from '@shared/keyed-chain'
import type { RecoverableBuffer } from '@shared/recovery'
import type { DocMap } from './doc-map'
import { patchedDoc, renamedDoc, withDoc, withoutDoc } from './doc-map'
import { recoveredDoc } from './recovered'
import type { DocumentApi, DocumentModels } from './session-inputs'
import { StateStore } from './StateStore'
import type { Conflict, OpenDoc } from './types'
import { docFromPost } from './types'

/** What the window renders from the session: replaced as a whole on every change, never mutated. */
export interface DocumentsState {
  /** What the disk said about each open post; the text lives in the editor's models. */
  docs: DocMap
  activeId: string | null
  conflict: Conflict | null
  /** A post deleted or moved on disk that the writer asked to save: written again only once confirmed. */
  recreateAsk: string | null
}

const initialState: DocumentsState = {
  docs: new Map(),
  activeId: null,
  conflict: null,
  recreateAsk: null
}

function hasCode(error: unknown, code: ErrorCode): boolean {
  return error instanceof PostcloudError && error.code === code
}

/**
 * The open posts: loading, saving with the on-disk stamp check, conflicts, posts deleted on disk,
 * and following changes made on disk. The text lives in the editor's models; this keeps what the
 * disk said and what the writer has to decide. It knows nothing of React: the window subscribes
 * to its state, and tests drive it with a fake back end and fake buffers.
 */
export class DocumentSession {
  private readonly store = new StateStore<DocumentsState>(initialState)
  private readonly errorListeners = new Set<(error: Error) => void>()
  /**
   * Saves and disk checks of one post run one at a time: a save asked for while one is running
   * (Ctrl+S twice, an autosave) waits its turn instead of being dropped, and the change event of
   * our own save is looked at only once the save has told us the stamp it wrote.
   */
  private readonly work = new KeyedChain()
  private readonly reading = new Map<string, Promise<Post>>()
  private readonly api: DocumentApi
  private readonly models: DocumentModels

  constructor(api: DocumentApi, models: DocumentModels) {
    this.api = api
    this.models = models
  }

  /** Calls `listener` after every change of the state; returns the unsubscribe function. */
  readonly subscribe = this.store.subscribe

  /** The state now: the same object until something changes (as useSyncExternalStore needs). */
  readonly getSnapshot = this.store.getSnapshot

  /** Failures the writer should hear of that no caller is left to show. Returns the unsubscribe. */
  onError(listener: (error: Error) => void): () => void {
    this.errorListeners.add(listener)
    return () => void this.errorListeners.delete(listener)
  }

  /** Reads a post (once) and makes it the active one; false when it cannot be opened. */
  async open(id: string): Promise<boolean> {
    if (this.state.docs.has(id)) {
      this.update({ activeId: id })
      return true
    }
    try {
      this.show(await this.read(id))
      return true
    } catch (error) {
      this.report(error)
      return false
    }
  }

  /**
   * Opens a post only while no post is open, before and after reading it: the window's first
   * screen of a folder, which must not take the writer's own pick (or a restored post) away.
   */
  async openFirst(id: string): Promise<boolean> {
    if (this.state.docs.size > 0) return false
    try {
      const post = await this.read(id)
      if (this.state.docs.size > 0) return false
      this.show(post)
      return true
    } catch (error) {
      this.report(error)
      return false
    }
  }

  /** One read of a post at a time: picking the post the window is opening waits for that read. */
  private read(id: string): Promise<Post> {
    let read = this.reading.get(id)
    if (!read) {
      read = this.api.readPost(id).finally(() => this.reading.delete(id))
      this.reading.set(id, read)
    }
    return read
  }

  private show(post: Post): void {
    // Opened meanwhile by another call that waited for the same read.
    if (this.state.docs.has(post.id)) {
      this.update({ activeId: post.id })
      return
    }
    this.models.open(post.id, post.raw, post.lineEnding)
    this.models.markSaved(post.id)
    this.update({ docs: withDoc(this.state.docs, docFromPost(post)), activeId: post.id })
  }

  /** Opens a post with a recovered buffer's text as an unsaved edit (nothing is written). */
  async restore(buffer: RecoverableBuffer): Promise<boolean> {
    const { id, text } = buffer
    if (!this.state.docs.has(id)) {
      let post: Post | null = null
      try {
        post = await this.api.readPost(id)
      } catch (error) {
        if (!hasCode(error, 'NOT_FOUND')) {
          this.report(error)
          return false
        }
      }
      const doc = recoveredDoc(buffer, post)
      this.models.open(id, post?.raw ?? '', doc.lineEnding)
      this.models.markSaved(id)
      this.update({ docs: withDoc(this.state.docs, doc) })
    }
    // One undoable edit over what the file holds: the buffer is dirty until the writer saves.
    this.models.replaceText(id, text)
    this.update({ activeId: id })
    return true
  }

  /** Saves a post (the active one by default); false when it was not written. */
  async save(target?: string): Promise<boolean> {
    const id = target ?? this.state.activeId
    if (!id) return false
    // A file deleted or moved on disk comes back only when the writer says so.
    if (this.state.docs.get(id)?.deleted) {
      this.update({ recreateAsk: id })
      return false
    }
    return this.saveOver(id)
  }

  /** Writes a post deleted on disk back from its buffer (the writer confirmed). */
  recreate(id: string): Promise<boolean> {
    this.update({ recreateAsk: null })
    return this.saveOver(id, null)
  }

  dismissRecreate(): void {
    this.update({ recreateAsk: null })
  }

  /** Saves over the disk version after a conflict. */
  async keepMine(): Promise<void> {
    const { conflict } = this.state
    if (!conflict) return
    this.update({ conflict: null })
    await this.saveOver(conflict.id, conflict.theirs.stamp)
  }

  /** Drops the buffer's changes for the disk version (undoable in the editor). */
  takeTheirs(): void {
    const { conflict } = this.state
    if (!conflict) return
    this.update({ conflict: null })
    this.takeDiskVersion(conflict.theirs)
  }

  dismissConflict(): void {
    this.update({ conflict: null })
  }

  /** Changes front matter keys in the file and brings the buffer along. */
  async setFrontMatter(
    id: string,
    changes: Record<string, FrontMatterValue | undefined>
  ): Promise<void> {
    // The form writes to the file; unsaved body edits are saved first so none is lost.
    if (this.models.isDirty(id) && !(await this.save(id))) return
    const doc = this.state.docs.get(id)
    if (!doc) return
    try {
      this.takeDiskVersion(await this.api.updateFrontMatter(id, changes, doc.stamp))
    } catch (error) {
      if (hasCode(error, 'CONFLICT')) await this.showConflict(id)
      else this.report(error)
    }
  }

  /**
   * Lets the back end write into the post (a cloud export inserting its link): unsaved edits are
   * saved first, the write expects the saved stamp, and the buffer then takes the text it wrote.
   * Null when a failed save or a conflict stopped it (already shown); other errors are thrown.
   */
  async writeThrough<T extends { postChanged: boolean }>(
    id: string,
    write: (expected: PostStamp) => Promise<T>
  ): Promise<T | null> {
    if (this.models.isDirty(id) && !(await this.save(id))) return null
    const doc = this.state.docs.get(id)
    if (!doc) return null
    let result: T
    try {
      result = await write(doc.stamp)
    } catch (error) {
      if (!hasCode(error, 'CONFLICT')) throw error
      await this.showConflict(id)
      return null
    }
    if (!result.postChanged) return result
    const post = await this.api.readPost(id)
    // Typed into while the write ran: the writer chooses, as for any change on disk.
    if (this.models.isDirty(id)) this.update({ conflict: { id, theirs: post } })
    else this.takeDiskVersion(post)
    return result
  }

  /**
   * The file on disk changed, appeared or went away. The check runs in the post's turn, after any
   * save of it, so the event of our own save is seen with the stamp that save wrote.
   */
  diskChanged(id: string, gone: boolean): Promise<void> {
    return this.work.run(id, () => this.follow(id, gone))
  }

  /** Changes on disk may have been missed: compare every open post with its file again. */
  recheckAll(): void {
    for (const id of this.state.docs.keys()) void this.diskChanged(id, false)
  }

  /** The post was renamed: same buffer, new id. */
  renamed(oldId: string, newId: string): void {
    this.models.rename(oldId, newId)
    const { activeId } = this.state
    this.update({
      docs: renamedDoc(this.state.docs, oldId, newId),
      activeId: activeId === oldId ? newId : activeId
    })
  }

  /** Forgets the post and drops its buffer (unsaved edits included: ask the writer first). */
  closed(id: string): void {
    this.models.close(id)
    const { activeId } = this.state
    this.update({
      docs: withoutDoc(this.state.docs, id),
      activeId: activeId === id ? null : activeId
    })
  }

  /** Saves in the post's turn; `expected` overrides the stamp the save expects on disk. */
  private saveOver(id: string, expected?: PostStamp | null): Promise<boolean> {
    const queued = this.work.busy(id)
    return this.work.run(id, () => this.writeBuffer(id, expected, queued))
  }

  /**
   * Writes the buffer, expecting the disk to hold `expected` (the loaded stamp unless overridden).
   * `queued`: it waited for other work on this post, so it writes only what is still unsaved.
   */
  private async writeBuffer(
    id: string,
    expected: PostStamp | null | undefined,
    queued: boolean
  ): Promise<boolean> {
    const doc = this.state.docs.get(id)
    if (!doc) return false
    if (queued && expected === undefined && !this.models.isDirty(id)) return true
    // The text and its version are taken together: typing during the save stays dirty.
    const text = this.models.text(id)
    const version = this.models.versionOf(id)
    this.patch(id, { saving: true })
    try {
      const onDisk = expected !== undefined ? expected : doc.deleted ? null : doc.stamp
      const stamp = await this.api.savePost(id, text, onDisk)
      this.models.markSaved(id, version)
      this.patch(id, { stamp, saving: false, saveError: null, deleted: false })
      return true
    } catch (error) {
      this.patch(id, { saving: false, saveError: (error as Error).message })
      if (hasCode(error, 'CONFLICT')) await this.showConflict(id)
      else this.report(error)
      return false
    }
  }

  /**
   * A clean buffer takes a change on disk quietly, a dirty one gets the conflict dialog, a file
   * that went away marks its buffer deleted (the buffer is kept).
   */
  private async follow(id: string, gone: boolean): Promise<void> {
    const doc = this.state.docs.get(id)
    if (!doc) return
    if (gone) {
      this.patch(id, { deleted: true })
      return
    }
    let post: Post
    try {
      post = await this.api.readPost(id)
    } catch (error) {
      // Gone by the time we looked (a rescan after missed events can find that out).
      if (hasCode(error, 'NOT_FOUND')) this.patch(id, { deleted: true })
      return
    }
    // Our own save, or a touch that changed nothing.
    if (post.stamp.hash === doc.stamp.hash && !doc.deleted) return
    if (this.models.isDirty(id)) this.update({ conflict: { id, theirs: post } })
    else this.takeDiskVersion(post)
  }

  /** Reads the file that refused a write and asks the writer which version to keep. */
  private async showConflict(id: string): Promise<void> {
    try {
      this.update({ conflict: { id, theirs: await this.api.readPost(id) } })
    } catch (error) {
      this.report(error)
    }
  }

  /** The buffer becomes the file as the disk has it now (one undoable edit), and clean. */
  private takeDiskVersion(post: Post): void {
    this.models.replaceText(post.id, post.raw)
    this.models.markSaved(post.id)
    this.update({ docs: withDoc(this.state.docs, docFromPost(post)) })
  }

  private get state(): DocumentsState {
    return this.store.getSnapshot()
  }

  private update(change: Partial<DocumentsState>): void {
    this.store.update(change)
  }

  private patch(id: string, change: Partial<OpenDoc>): void {
    this.update({ docs: patchedDoc(this.state.docs, id, change) })
  }

  private report(error: unknown): void {
    for (const listener of this.errorListeners) listener(error as Error)
  }
}
