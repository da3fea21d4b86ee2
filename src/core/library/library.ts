import type { TextSource } from '@core/analysis/text-source'
import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { reasonedError } from '@shared/error-reasons'
import { PostcloudError } from '@shared/errors'
import type { FolderInfo } from '@shared/folder'
import type { LibraryEvent } from '@shared/folder-events'
import type { CreatedPost, CreatePostInput, TemplateInfo } from '@shared/new-post'
import type { Post, PostStamp, PostSummary } from '@shared/post'
import type { SearchHit } from '@shared/search'
import { setFrontMatterKeys } from '../frontmatter'
import type { FrontMatterChanges } from '../frontmatter'
import { resolveInside } from './confine'
import { createPost } from './create'
import { folderInfo } from './folder-info'
import { errnoCode } from './fs-errors'
import { PostIndex } from './post-index'
import { buildPost, readPost } from './read'
import { readPostSource } from './read-text'
import { removePost, restorePost } from './remove'
import type { Discard } from './remove'
import { renamePost } from './rename'
import { savePost } from './save'
import type { OnReplaced } from './save'
import { SearchCache } from './search-cache'
import { searchNeedle, searchPosts } from './search'
import { listTemplates } from './templates'
import { newPostDay } from './post-zone'
import { withReportTitle } from './report-suggestion'
import { readCloudSettings } from '../cloud/cloud-settings'
import { watchLibrary } from './watch'
import type { StopWatching } from './watch'
import { scanPosts } from './scan'

export interface LibraryOptions {
  /** Bundled resources (templates live in `<resourcesDir>/templates`). */
  resourcesDir: string
}

type Listener = (event: LibraryEvent) => void

/** One open folder of posts: listing, reading, saving, creating and watching, all confined to it. */
export class Library {
  private readonly index: PostIndex
  private readonly searchCache = new SearchCache()
  private readonly listeners = new Set<Listener>()
  private readonly fileListeners = new Set<(id: string) => void>()
  private watcher: StopWatching | null = null

  private constructor(
    private readonly folder: FolderInfo,
    private readonly options: LibraryOptions
  ) {
    this.index = new PostIndex(folder.path)
  }

  /** Opens a folder: NOT_FOUND when it does not exist, NOT_A_FOLDER for a file. */
  static async open(path: string, options: LibraryOptions): Promise<Library> {
    if (path.trim() === '') {
      throw reasonedError('INVALID_ARGUMENT', 'emptyFolderPath', 'Opening a folder needs its path')
    }
    const absolute = resolve(path)
    const named = { path: absolute }
    try {
      const stats = await stat(absolute)
      if (!stats.isDirectory()) {
        const message = `"${absolute}" is a file, not a folder`
        throw reasonedError('NOT_A_FOLDER', 'file', message, named)
      }
    } catch (error) {
      if (error instanceof PostcloudError) throw error
      const code = errnoCode(error)
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        const message = `The folder "${absolute}" does not exist`
        throw reasonedError('NOT_FOUND', 'folder', message, named)
      }
      if (code === 'EACCES' || code === 'EPERM') {
        const message = `The folder "${absolute}" cannot be opened: permission denied`
        throw reasonedError('PERMISSION', 'folder', message, named)
      }
      throw error
    }
    return new Library(await folderInfo(absolute), options)
  }

  info(): FolderInfo {
    return { ...this.folder }
  }

  /** Every post, newest date first; a second call re-reads only files that changed. */
  list(): Promise<PostSummary[]> {
    return this.index.list()
  }

  /** Ids of every post, in scan order, without reading any file: for readers that read each once. */
  async ids(): Promise<string[]> {
    return (await scanPosts(this.folder.path)).map((file) => file.id)
  }

  read(id: string): Promise<Post> {
    return readPost(this.folder.path, id)
  }

  /** Only a post's text (see readPostSource): what word counting reads. */
  readSource(id: string): Promise<TextSource> {
    return readPostSource(this.folder.path, id)
  }

  /** `onReplaced` gets the file's previous bytes once the save has replaced them. */
  save(
    id: string,
    raw: string,
    expected: PostStamp | null,
    onReplaced?: OnReplaced
  ): Promise<PostStamp> {
    return savePost(this.folder.path, id, raw, expected, { onReplaced })
  }

  /** Renames a post within its folder; EXISTS when the name is taken (also by case only). */
  rename(id: string, fileName: string): Promise<CreatedPost> {
    return renamePost(this.folder.path, id, fileName)
  }

  /** Deletes a post by handing its file to `discard` (a trash), after any queued save of it. */
  remove<T>(id: string, discard: Discard<T>): Promise<T> {
    return removePost(this.folder.path, id, discard)
  }

  /** Moves a trashed file back to `id`; EXISTS when the name was taken meanwhile. */
  restore(id: string, source: string): Promise<CreatedPost> {
    return restorePost(this.folder.path, id, source)
  }

  /** Posts containing `query` in their title or body; the folded texts are cached per post. */
  async search(query: string): Promise<SearchHit[]> {
    // Checked before listing, so a bad or empty query costs nothing.
    const needle = searchNeedle(query)
    if (needle === '') return []
    return searchPosts(await this.index.posts(), needle, this.searchCache)
  }

  /** The templates for new posts; the report template suggests today's report title. */
  async templates(): Promise<TemplateInfo[]> {
    const templates = await listTemplates(this.sources())
    const titles = (await this.list()).map((post) => post.title)
    return withReportTitle(templates, titles, newPostDay(this.folder.timezone, Date.now()))
  }

  async create(input: CreatePostInput): Promise<CreatedPost> {
    const { folder: cloud } = await readCloudSettings(this.folder.path)
    return createPost(
      { ...this.sources(), folder: this.info(), cloudPattern: cloud.pattern },
      input
    )
  }

  /**
   * Sets (null or undefined: removes) single front matter keys and saves, editing only those keys'
   * lines. CONFLICT when the file is no longer what `expected` describes.
   */
  async updateFrontMatter(
    id: string,
    changes: FrontMatterChanges,
    expected: PostStamp,
    onReplaced?: OnReplaced
  ): Promise<Post> {
    const post = await this.read(id)
    if (post.stamp.hash !== expected.hash) {
      const message = `"${id}" changed on disk since it was opened`
      throw reasonedError('CONFLICT', 'changed', message, { path: id })
    }
    const raw = setFrontMatterKeys(post.raw, changes)
    if (raw === post.raw) return post
    const stamp = await this.save(id, raw, post.stamp, onReplaced)
    return buildPost(post.id, raw, post.bom, stamp, post.readOnly)
  }

  /** The absolute path of an id, refused (OUTSIDE_FOLDER) when it leads outside the folder. */
  resolve(id: string): Promise<string> {
    return resolveInside(this.folder.path, id)
  }

  /** Subscribes to file changes; the watcher runs while at least one listener is subscribed. */
  onEvent(listener: Listener): () => void {
    this.listeners.add(listener)
    if (!this.watcher) {
      this.watcher = watchLibrary(
        this.folder.path,
        (event) => {
          for (const each of [...this.listeners]) each(event)
        },
        { onFile: (id) => this.fileListeners.forEach((each) => each(id)) }
      )
    }
    return () => {
      this.listeners.delete(listener)
      if (this.listeners.size === 0) void this.stopWatching()
    }
  }

  /**
   * Hears of every file of the folder that changes on disk, posts or not, while the watcher runs
   * (it runs while `onEvent` has a listener; this does not start it).
   */
  onFileChange(listener: (id: string) => void): () => void {
    this.fileListeners.add(listener)
    return () => this.fileListeners.delete(listener)
  }

  /** Resolves when the watcher (if any) has finished its initial scan; events flow after that. */
  async whenWatching(): Promise<void> {
    await this.watcher?.ready
  }

  async close(): Promise<void> {
    this.listeners.clear()
    this.fileListeners.clear()
    await this.stopWatching()
  }

  private async stopWatching(): Promise<void> {
    const watcher = this.watcher
    this.watcher = null
    await watcher?.()
  }

  private sources(): { root: string; resourcesDir: string } {
    return { root: this.folder.path, resourcesDir: this.options.resourcesDir }
  }
}
