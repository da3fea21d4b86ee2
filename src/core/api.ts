import { realpath } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { LibraryEventSource, PostcloudApi } from '@shared/contract'
import { PostcloudError } from '@shared/errors'
import type { LibraryEvent } from '@shared/post'
import type { Analyzer } from './analysis'
import { BackupStore } from './app-data/backups'
import { LocalHistory } from './app-data/history'
import { checkWindowId, LiveWindows } from './app-data/live-windows'
import { keepReplaced } from './app-data/history-save'
import { openLog } from './app-data/log-file'
import { RecentFolders } from './app-data/recent-folders'
import { SettingsStore } from './app-data/settings'
import { AppTrash } from './app-data/trash'
import { exportCloud, saveImage } from './assets'
import type { FolderImage } from './assets'
import {
  addFolderWords,
  followDelete,
  followRename,
  getCloudSettings,
  saveCloudMask,
  updateCloudOptions,
  updateFolderCloudSettings
} from './cloud'
import { Library } from './library'
import { convertToUtf8 } from './library/convert'
import { restoreFile } from './library/remove'
import type { OnReplaced } from './library/save'
import { readSiteAsset } from './site/site-assets'
import { SiteService } from './site/site-service'

export type { FolderImage } from './assets'

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

/** The contract implemented by composing the services; transports wrap this object, nothing more. */
export interface CoreApi extends PostcloudApi, LibraryEventSource {
  /**
   * A file the window loads from the open folder, by its path relative to the folder (URL-decoded,
   * `/` separated): an image, or for the Site view a stylesheet (Sass compiled on the fly) or a
   * font, from the folder or its installed theme. Refused (OUTSIDE_FOLDER) when the real path leads
   * outside, NOT_FOUND when missing, INVALID_ARGUMENT for other types (never a script). The web
   * host's `/asset/` route and Electron's asset protocol serve only what this returns.
   */
  readAsset(path: string): Promise<FolderImage>
  /**
   * A window of this process is open (its host holds the window's event channel) until the
   * returned function is called. Only open windows keep their unsaved buffers to themselves.
   */
  attachWindow(windowId: unknown): () => void
  /** Resolves once changes on disk are being watched (after the first subscription). */
  whenWatching(): Promise<void>
  close(): Promise<void>
}

export function createCoreApi(options: CoreOptions): CoreApi {
  const recent = new RecentFolders(options.dataDir)
  const trash = new AppTrash(options.dataDir)
  const settings = new SettingsStore(options.dataDir)
  const backups = new BackupStore(options.dataDir)
  const history = new LocalHistory(options.dataDir)
  const recoveryLog = openLog(options.dataDir, 'recovery')
  const listeners = new Set<(event: LibraryEvent) => void>()
  // A window that went with unsaved buffers: the windows still open may take them over.
  const windows = new LiveWindows((windowId) => {
    if (backups.hasBackupsOf(windowId)) forward({ kind: 'recoverable', id: '' })
  })
  let library: Library | null = null
  // The open folder's real path, known before any call can use the folder: backups and history
  // are filed under it, and a backup must be queued in the order it was asked for.
  let libraryReal = ''
  let stopWatching: (() => void) | null = null
  // The Site view's model of the open folder, read on the first site page asked for.
  let site: SiteService | null = null

  function open(): Library {
    if (!library)
      throw new PostcloudError('NO_FOLDER', 'No folder is open. Open a folder of posts first.')
    return library
  }

  function forward(event: LibraryEvent): void {
    for (const listener of listeners) listener(event)
  }

  /** The watcher runs only while someone listens, so the CLI never keeps a watcher alive. */
  function syncWatcher(): void {
    if (listeners.size > 0 && library && !stopWatching) {
      const current = library
      const stopPosts = current.onEvent(forward)
      const stopFiles = current.onFileChange((id) => site?.changed(id))
      stopWatching = () => {
        stopFiles()
        stopPosts()
      }
    }
    if (listeners.size === 0 && stopWatching) {
      stopWatching()
      stopWatching = null
    }
  }

  /** A folder's real path: the app trash records and compares folders by it. */
  async function realFolder(of: Library): Promise<string> {
    return realpath(of.info().path)
  }

  /** Keeps what a write of post `id` replaces in the local history. */
  function keepHistory(id: string): OnReplaced {
    return keepReplaced(history, recoveryLog, libraryReal, id)
  }

  async function closeLibrary(): Promise<void> {
    stopWatching?.()
    stopWatching = null
    await library?.close()
    library = null
    site = null
  }

  return {
    async openFolder(path) {
      const next = await Library.open(resolve(path), { resourcesDir: options.resourcesDir })
      const nextReal = await realFolder(next)
      await closeLibrary()
      library = next
      libraryReal = nextReal
      site = new SiteService(next.info().path, next.info().jekyll)
      await history.sweep(nextReal).catch((error: unknown) => {
        recoveryLog.error('Could not prune the local history', error)
      })
      await options.analyzer.setFolder(next.info().path)
      // The first cloud of a session should not wait for jieba's dictionary to load.
      options.analyzer.warmUp().catch(() => undefined)
      await recent.add(next.info().path)
      syncWatcher()
      return next.info()
    },
    async currentFolder() {
      return library ? library.info() : null
    },
    async recentFolders() {
      return recent.list()
    },
    async listPosts() {
      return open().list()
    },
    async readPost(id) {
      return open().read(id)
    },
    async savePost(id, raw, expected) {
      return open().save(id, raw, expected, keepHistory(id))
    },
    async convertToUtf8(id, expected) {
      // The GBK original is kept in the local history like any version a save replaces.
      return convertToUtf8(open().info().path, id, expected, keepHistory(id))
    },
    async listTemplates() {
      return open().templates()
    },
    async createPost(input) {
      return open().create(input)
    },
    async updateFrontMatter(id, changes, expected) {
      return open().updateFrontMatter(id, changes, expected, keepHistory(id))
    },
    async renamePost(id, fileName) {
      const current = open()
      const renamed = await current.rename(id, fileName)
      if (renamed.id === id) return renamed
      // Renames are not versions: the history follows the post, and a failure only costs history.
      await history.move(libraryReal, id, renamed.id).catch((error: unknown) => {
        recoveryLog.error(`Could not move the history of "${id}"`, error)
      })
      // The post is renamed whatever happens to its cloud, so that answer must stand; the cloud
      // stays where the post links it when following fails.
      const stamp = await followRename(current, id, renamed.id).catch(() => null)
      return stamp ? { id: renamed.id, stamp } : renamed
    },
    async deletePost(id) {
      const current = open()
      const folder = await realFolder(current)
      const trashEntry = await current.remove(id, async (path, fileId) => {
        if (!options.systemTrash) return trash.put(folder, fileId, path)
        await options.systemTrash(path)
        return null
      })
      // The cloud image goes into the post's own trash entry, so restoring the post restores it.
      const discardCloud = async (path: string, fileId: string): Promise<void> => {
        if (options.systemTrash) await options.systemTrash(path)
        else if (trashEntry) await trash.attach(trashEntry, fileId, path)
      }
      // The post is gone already: a cloud that cannot follow it to the trash stays in the folder.
      await followDelete(current, id, discardCloud).catch(() => [])
      return { id, trashEntry }
    },
    async listTrash() {
      return trash.list(await realFolder(open()))
    },
    async restoreFromTrash(entry) {
      const current = open()
      const trashed = await trash.take(entry, await realFolder(current))
      const restored = await current.restore(trashed.id, trashed.file)
      let allBack = true
      for (const companion of trashed.companions) {
        // A file that took the image's place meanwhile is kept; the image stays in the entry
        // (pruned with it after the trash's 30 days) rather than being deleted here.
        await restoreFile(current.info().path, companion.id, companion.file).catch(() => {
          allBack = false
        })
      }
      if (allBack) await trash.discard(entry)
      return restored
    },
    async searchPosts(query) {
      return open().search(query)
    },
    async saveImage(postId, imageBase64, fileName) {
      return saveImage(open(), postId, imageBase64, fileName)
    },
    async readAsset(path) {
      return readSiteAsset(open(), site, path)
    },
    async getSettings() {
      return settings.get()
    },
    async updateSettings(changes) {
      return settings.update(changes)
    },
    async analyzeText(text, analyzeOptions) {
      return options.analyzer.analyzeText(text, analyzeOptions)
    },
    async exportCloud(id, imageBase64, exportOptions) {
      return exportCloud(open(), id, imageBase64, exportOptions ?? {})
    },
    async getCloudSettings(id) {
      return getCloudSettings(open(), id)
    },
    async updateCloudOptions(id, changes) {
      return updateCloudOptions(open(), id, changes)
    },
    async updateFolderCloudSettings(changes) {
      return updateFolderCloudSettings(open(), changes)
    },
    async addFolderWords(list, words) {
      const folder = open().info().path
      await addFolderWords(folder, list, words)
      // Re-reads the folder's lists; a changed user dictionary restarts the segmenting workers.
      await options.analyzer.setFolder(folder)
    },
    async saveCloudMask(fileName, imageBase64) {
      return saveCloudMask(open().info().path, fileName, imageBase64)
    },
    async backupBuffer(id, text, base, windowId) {
      open()
      return backups.keep(libraryReal, id, text, base, windowId)
    },
    async discardBackup(id) {
      open()
      return backups.discard(libraryReal, id)
    },
    async listRecoverable() {
      const current = open()
      return backups.recoverable(
        libraryReal,
        (id) =>
          current.read(id).then(
            (post) => post.raw,
            () => null
          ),
        (windowId) => windows.isLive(windowId)
      )
    },
    async listHistory(id) {
      open()
      return history.list(libraryReal, id)
    },
    async readHistoryVersion(id, version) {
      open()
      return history.read(libraryReal, id, version)
    },
    async renderSitePage(id, text) {
      // Confines the id like every other method: a page outside the folder is never rendered.
      await open().resolve(id)
      if (!site) throw new PostcloudError('NO_FOLDER', 'No folder is open.')
      return site.page(id, text, { sourceLines: true })
    },
    onLibraryEvent(listener) {
      listeners.add(listener)
      syncWatcher()
      return () => {
        listeners.delete(listener)
        syncWatcher()
      }
    },
    attachWindow(windowId) {
      return windows.attach(checkWindowId(windowId))
    },
    async whenWatching() {
      await library?.whenWatching()
    },
    async close() {
      listeners.clear()
      windows.close()
      await closeLibrary()
      await options.analyzer.close()
    }
  }
}
