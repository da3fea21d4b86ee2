import { realpath } from 'node:fs/promises'
import { PostcloudError } from '@shared/errors'
import type { FolderInfo } from '@shared/folder'
import type { FolderEvent } from '@shared/folder-events'
import type { Analyzer } from '../analysis'
import { BackupStore } from '../app-data/backups'
import { LocalHistory } from '../app-data/history'
import { LiveWindows } from '../app-data/live-windows'
import { openLog } from '../app-data/log-file'
import type { Log } from '../app-data/log-file'
import { RecentFolders } from '../app-data/recent-folders'
import { SettingsStore } from '../app-data/settings'
import { AppTrash } from '../app-data/trash'
import type { Library } from '../library'
import { SiteService } from '../site/site-service'
import { FolderWords } from '../words'
import type { OpenFolder } from './open-folder'

export interface CoreOptions {
  /** Bundled resources: templates, stopwords, sample posts. */
  resourcesDir: string
  /** The app's per-user data folder (recent folders, logs, buffer backups, local history). */
  dataDir: string
  analyzer: Analyzer
  /**
   * Moves a file to the system trash (Electron's `shell.trashItem`). Without it, deleted posts go
   * to the trash in `dataDir`, from where the window can restore them.
   */
  systemTrash?: (absolutePath: string) => Promise<void>
}

type Listener = (event: FolderEvent) => void

/**
 * What every area of the core api shares: the stores of the app's data folder, the folder open
 * now (with its real path and its Site view model) and the library event listeners.
 */
export class CoreContext {
  readonly recent: RecentFolders
  readonly trash: AppTrash
  readonly settings: SettingsStore
  readonly backups: BackupStore
  readonly history: LocalHistory
  readonly recoveryLog: Log
  readonly windows: LiveWindows
  private readonly listeners = new Set<Listener>()
  // Its real path is known before any call can use the folder: backups and history are filed
  // under it, and a backup must be queued in the order it was asked for.
  private folder: OpenFolder | null = null
  private stopWatching: (() => void) | null = null
  // The Site view's model of the open folder, read on the first site page asked for.
  private siteModel: SiteService | null = null
  private folderWords: FolderWords | null = null

  constructor(readonly options: CoreOptions) {
    this.recent = new RecentFolders(options.dataDir)
    this.trash = new AppTrash(options.dataDir)
    this.settings = new SettingsStore(options.dataDir)
    this.backups = new BackupStore(options.dataDir)
    this.history = new LocalHistory(options.dataDir)
    this.recoveryLog = openLog(options.dataDir, 'recovery')
    // A window that went with unsaved buffers: the windows still open may take them over.
    this.windows = new LiveWindows((windowId) => {
      if (this.backups.hasBackupsOf(windowId)) this.forward({ kind: 'recoverable' })
    })
  }

  /** The folder open now; NO_FOLDER when none is. */
  openFolder(): OpenFolder {
    if (!this.folder)
      throw new PostcloudError('NO_FOLDER', 'No folder is open. Open a folder of posts first.')
    return this.folder
  }

  /** The open folder's library; NO_FOLDER when none is open. */
  open(): Library {
    return this.openFolder().library
  }

  /** The open folder's real path ('' when none is open). */
  get libraryReal(): string {
    return this.folder?.real ?? ''
  }

  get site(): SiteService | null {
    return this.siteModel
  }

  /** The open folder's word rules (series, boilerplate, split terms); NO_FOLDER when none is open. */
  words(): FolderWords {
    const library = this.open()
    this.folderWords ??= new FolderWords(
      {
        path: library.info().path,
        list: () => library.list(),
        ids: () => library.ids(),
        read: (id) => library.readSource(id)
      },
      this.options.analyzer,
      this.options.resourcesDir
    )
    return this.folderWords
  }

  currentFolder(): FolderInfo | null {
    return this.folder ? this.folder.library.info() : null
  }

  /** A folder's real path: the app trash records and compares folders by it. */
  async realFolder(of: Library): Promise<string> {
    return realpath(of.info().path)
  }

  /** Closes the folder open now and makes `next` the open one. */
  async replaceFolder(next: OpenFolder): Promise<void> {
    await this.closeFolder()
    this.folder = next
    const { path, jekyll } = next.library.info()
    this.siteModel = new SiteService(path, jekyll)
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    this.syncWatcher()
    return () => {
      this.listeners.delete(listener)
      this.syncWatcher()
    }
  }

  forward(event: FolderEvent): void {
    for (const listener of this.listeners) listener(event)
  }

  /** The watcher runs only while someone listens, so the CLI never keeps a watcher alive. */
  syncWatcher(): void {
    if (this.listeners.size > 0 && this.folder && !this.stopWatching) {
      const current = this.folder.library
      const stopPosts = current.onEvent((event) => this.forward(event))
      const stopFiles = current.onFileChange((id) => this.siteModel?.changed(id))
      this.stopWatching = () => {
        stopFiles()
        stopPosts()
      }
    }
    if (this.listeners.size === 0 && this.stopWatching) {
      this.stopWatching()
      this.stopWatching = null
    }
  }

  async whenWatching(): Promise<void> {
    await this.folder?.library.whenWatching()
  }

  async close(): Promise<void> {
    this.listeners.clear()
    this.windows.close()
    await this.closeFolder()
    await this.options.analyzer.close()
  }

  private async closeFolder(): Promise<void> {
    this.stopWatching?.()
    this.stopWatching = null
    await this.folder?.library.close()
    this.folder = null
    this.siteModel = null
    this.folderWords = null
  }
}
