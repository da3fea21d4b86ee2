import type { AnalysisResult, AnalyzeOptions, TermSuggestion } from './analysis'
import type { ExportCloudOptions, ExportCloudResult } from './cloud/export-types'
import type { CloudOptions } from './cloud/options'
import type {
  FolderCloudChanges,
  FolderCloudSettings,
  FolderWordList,
  PostCloudSettings
} from './cloud/settings'
import type { CommandId } from './commands'
import type { ErrorInfo } from './errors'
import type { FolderInfo } from './folder'
import type { FolderEvent } from './folder-events'
import type { CreatedPost, CreatePostInput, TemplateInfo } from './new-post'
import type { FrontMatterValue, Post, PostStamp, PostSummary } from './post'
import type { SavedImage } from './saved-image'
import type { SearchHit } from './search'
import type { AppSettings } from './settings'
import type { DeletedPost, TrashEntry } from './trash'
import type { HistoryEntry, RecoverableBuffer } from './recovery'
import type { SitePageResult } from './site/types'

/**
 * THE API between the window and the back end. Every method takes and returns JSON-safe data, and
 * both transports (Electron IPC and HTTP) are derived from this interface and `contractMethods`,
 * so adding a method makes the compiler point at every place that needs it.
 *
 * Every `id` is a post path relative to the open folder with `/` separators; only `openFolder`
 * names a folder, and any path that leads outside the open folder is refused (OUTSIDE_FOLDER).
 */
export interface PostcloudApi {
  /** Opens a folder of posts, makes it the current one and remembers it in the recent list. */
  openFolder(path: string): Promise<FolderInfo>
  /** The folder currently open, or null. */
  currentFolder(): Promise<FolderInfo | null>
  /** Recently opened folders, most recent first. */
  recentFolders(): Promise<string[]>
  /** Every post of the open folder (scan + front matter index), newest date first. */
  listPosts(): Promise<PostSummary[]>
  /**
   * The raw text, parsed front matter and stamp of one post. Fails for binary files and files that
   * are neither UTF-8 nor GB18030; a GBK/GB18030 post comes back read-only (`encoding: 'gb18030'`).
   */
  readPost(id: string): Promise<Post>
  /**
   * Writes `raw` atomically, keeping the file's BOM. `expected` is the stamp the editor loaded
   * (null for "the file must not exist yet"); a different file on disk is a CONFLICT. A file on
   * disk that is not UTF-8 is refused (BAD_ENCODING): convert it first.
   */
  savePost(id: string, raw: string, expected: PostStamp | null): Promise<PostStamp>
  /**
   * Rewrites a GBK/GB18030 post as UTF-8 (same text, line endings kept, no BOM, mode kept) when
   * the file still matches `expected` (else CONFLICT); returns the post read back, now writable.
   */
  convertToUtf8(id: string, expected: PostStamp): Promise<Post>
  /** Templates available for new posts: the bundled ones and the folder's `.postcloud/templates/`. */
  listTemplates(): Promise<TemplateInfo[]>
  /** Creates a post from a template; in a Jekyll site under `_posts/YYYY-MM-DD-<slug>.md`. */
  createPost(input: CreatePostInput): Promise<CreatedPost>
  /**
   * Sets (or with null removes) single front matter keys, editing only their lines in the file.
   * Refused with FRONT_MATTER when the block is missing-but-unclosed, invalid or refused, and with
   * INVALID_ARGUMENT for a `date` Jekyll cannot read (it would stop `jekyll build`).
   */
  updateFrontMatter(
    id: string,
    changes: Record<string, FrontMatterValue | undefined>,
    expected: PostStamp
  ): Promise<Post>
  /**
   * Renames a post within its own directory to `fileName` (a bare file name ending in `.md` or
   * `.markdown`). EXISTS when that name is taken; INVALID_ARGUMENT for names no file system keeps.
   */
  renamePost(id: string, fileName: string): Promise<CreatedPost>
  /**
   * Deletes a post: to the system trash in Electron, else to the trash in the app's data folder
   * (never inside the posts folder), from where `restoreFromTrash` brings it back.
   */
  deletePost(id: string): Promise<DeletedPost>
  /** Posts in the app's trash that were deleted from the open folder, newest first. */
  listTrash(): Promise<TrashEntry[]>
  /** Puts a trashed post back where it was; EXISTS when a file has taken its place meanwhile. */
  restoreFromTrash(entry: string): Promise<CreatedPost>
  /**
   * Posts whose title or body contain `query` as a plain substring (case-insensitive, full- and
   * half-width forms alike; no word boundaries, so Chinese works). Best matches first, at most 200.
   */
  searchPosts(query: string): Promise<SearchHit[]>
  /**
   * Saves an image pasted or dropped into a post: under `assets/` in a Jekyll site, beside the post
   * otherwise, never overwriting (a free name is chosen). Returns its path and the link to insert.
   */
  saveImage(postId: string, imageBase64: string, fileName: string): Promise<SavedImage>
  /** The writer's settings from the app's data folder, defaults filled in. */
  getSettings(): Promise<AppSettings>
  /** Changes some settings and returns all of them; unknown keys and bad values are refused. */
  updateSettings(changes: Partial<AppSettings>): Promise<AppSettings>
  /** Word counts and TF-IDF weights of the prose of a Markdown text (segmented off the main thread). */
  analyzeText(text: string, options?: AnalyzeOptions): Promise<AnalysisResult>
  /**
   * Terms the open folder's posts write as one (具身智能 in post after post), found by the
   * compound rule over the whole folder, offered for the user dictionary.
   */
  termSuggestions(): Promise<TermSuggestion[]>
  /** Writes a rendered cloud image for a post and inserts or updates its link in the post. */
  exportCloud(
    id: string,
    imageBase64: string,
    options?: ExportCloudOptions
  ): Promise<ExportCloudResult>
  /** A post's cloud options (remembered in the folder's `.postcloud/cloud.json`) and the folder's cloud settings. */
  getCloudSettings(id: string): Promise<PostCloudSettings>
  /** Changes some of a post's cloud options, remembers them for the post and returns all of them. */
  updateCloudOptions(id: string, changes: Partial<CloudOptions>): Promise<CloudOptions>
  /** Changes the folder's cloud file name pattern or word edits and returns the folder's settings. */
  updateFolderCloudSettings(changes: FolderCloudChanges): Promise<FolderCloudSettings>
  /**
   * Adds words to the folder's `.postcloud/stopwords.txt` or `userdict.txt` (skipping ones already
   * there); later analyses use them at once.
   */
  addFolderWords(list: FolderWordList, words: string[]): Promise<void>
  /** Saves a PNG silhouette for cloud masks under `.postcloud/masks/` and returns its folder-relative path. */
  saveCloudMask(fileName: string, imageBase64: string): Promise<string>
  /**
   * Keeps (replaces) the backup of one unsaved buffer of the open folder, in the app's data folder.
   * `base` is the stamp of the file the buffer started from; null for a post never saved.
   * `windowId` is the window's own id (a UUID made once per page load; see `onLibraryEvent`).
   */
  backupBuffer(id: string, text: string, base: PostStamp | null, windowId: string): Promise<void>
  /**
   * Forgets the backup of one buffer (after a save, a revert, a tab closed without saving, or a
   * declined recovery). No error when there is none.
   */
  discardBackup(id: string): Promise<void>
  /**
   * Backups of the open folder whose editor is gone: left by an earlier process (crash, kill -9,
   * power loss) or by a window of this one that is no longer open (a crashed or reloaded window).
   * Buffers equal to the file on disk are left out. When a window with backups goes, the windows
   * still open get a `recoverable` notice (see `onLibraryEvent`).
   */
  listRecoverable(): Promise<RecoverableBuffer[]>
  /** Earlier versions of a post kept by the local history (one per save that replaced it), newest first. */
  listHistory(id: string): Promise<HistoryEntry[]>
  /** The text of one history version (decoded like readPost: BOM dropped); refuses versions of other posts. */
  readHistoryVersion(id: string, version: string): Promise<string>
  /**
   * Post `id` as its Jekyll site publishes it, rendered from `text` (the editor buffer, not the
   * file) inside the folder's layouts, includes, data and theme. A draft renders as `jekyll build
   * --drafts --unpublished` would render it. The page keeps the site's own URLs; what could not be
   * rendered faithfully comes back as diagnostics. `no-site` for a folder that is not a Jekyll site.
   */
  renderSitePage(id: string, text: string): Promise<SitePageResult>
}

export type ContractMethod = keyof PostcloudApi

/**
 * The method list both transports register. `satisfies` plus the exhaustiveness check below make
 * a method missing here (or here but not in the interface) a compile error.
 */
export const contractMethods = [
  'openFolder',
  'currentFolder',
  'recentFolders',
  'listPosts',
  'readPost',
  'savePost',
  'convertToUtf8',
  'listTemplates',
  'createPost',
  'updateFrontMatter',
  'renamePost',
  'deletePost',
  'listTrash',
  'restoreFromTrash',
  'searchPosts',
  'saveImage',
  'getSettings',
  'updateSettings',
  'analyzeText',
  'termSuggestions',
  'exportCloud',
  'getCloudSettings',
  'updateCloudOptions',
  'updateFolderCloudSettings',
  'addFolderWords',
  'saveCloudMask',
  'backupBuffer',
  'discardBackup',
  'listRecoverable',
  'listHistory',
  'readHistoryVersion',
  'renderSitePage'
] as const satisfies readonly ContractMethod[]

type Missing = Exclude<ContractMethod, (typeof contractMethods)[number]>
// If this line fails to compile, a method of PostcloudApi is missing from contractMethods.
const allMethodsListed: Missing extends never ? true : Missing = true
void allMethodsListed

/** What a transport carries back for one call: the result, or the error's code and message. */
export type Envelope<T> = { result: T } | { error: ErrorInfo }

/**
 * The contract as a transport sees it: the same methods, answering envelopes. Errors travel as
 * data because neither IPC nor contextBridge keeps an error's code.
 */
export type EnvelopedApi = {
  [K in ContractMethod]: (
    ...args: Parameters<PostcloudApi[K]>
  ) => Promise<Envelope<Awaited<ReturnType<PostcloudApi[K]>>>>
}

/** Commands the application menu sends to the window (Electron only): any of the window's. */
export type MenuCommand = CommandId

/**
 * Changes in the open folder on disk, and the notices that go with them (see `FolderEvent`).
 * Subscribing returns the function that unsubscribes. In the window, the bridge sends the
 * window's id along: the host counts the window as open while the subscription lasts (so its
 * unsaved buffers are its own, not offered to other windows).
 */
export interface LibraryEventSource {
  onLibraryEvent(listener: (event: FolderEvent) => void): () => void
}

/** Everything pushed to the window: library events, and menu commands in Electron. */
export interface PostcloudEvents extends LibraryEventSource {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}

/**
 * What differs between the desktop app and a browser tab, outside the contract: native dialogs,
 * paths of dropped files, and how the window's images are addressed.
 */
export interface HostCapabilities {
  kind: 'electron' | 'web'
  /** The native folder picker; null when cancelled. The web host has none (the window asks for a path). */
  pickFolder(): Promise<string | null>
  /** The absolute path of a file or folder dropped on the window; null where the host cannot know it. */
  pathOfDropped(file: File): string | null
}

/** What preload exposes as `window.postcloud`. */
export type PostcloudPreloadBridge = EnvelopedApi &
  Omit<PostcloudEvents, 'onLibraryEvent'> &
  Omit<HostCapabilities, 'kind'> & {
    /** Subscribes to library events as the window `windowId` (see `windowAttachChannel`). */
    onLibraryEvent(listener: (event: FolderEvent) => void, windowId: string): () => void
  }

/** What the window sees: the methods, the event subscriptions and the host's own abilities. */
export type PostcloudBridge = PostcloudApi &
  PostcloudEvents & {
    host: HostCapabilities
    /** This window's id, new at every page load: backups are filed under it (`backupBuffer`). */
    windowId: string
    /**
     * The URL under which the window loads an image of the open folder (`path` relative to it):
     * the web host's confined `/asset/` route, or Electron's `postcloud-asset:` protocol.
     */
    assetUrl(path: string): string
  }

/** The Electron protocol that serves the open folder's images (and nothing else) to the window. */
export const assetProtocol = 'postcloud-asset'
/** The web host's route that serves the open folder's images. */
export const assetRoute = '/asset/'
/** IPC channel of the native folder picker. */
export const pickFolderChannel = 'postcloud:host:pickFolder'

/** IPC channel of a method; main accepts only these. */
export function ipcChannel(method: ContractMethod): string {
  return `postcloud:${method}`
}

/** IPC channels on which main pushes events to the window. */
export const libraryEventChannel = 'postcloud:event:library'
export const menuCommandChannel = 'postcloud:event:menu'
/**
 * IPC channels on which the window says it holds, then lets go of, its library events (with its
 * id): Electron's counterpart of the web host's `/api/events?window=<id>` stream.
 */
export const windowAttachChannel = 'postcloud:window:attach'
export const windowDetachChannel = 'postcloud:window:detach'

/** HTTP route of a method on the web host. */
export function httpRoute(method: ContractMethod): string {
  return `/api/${method}`
}

export function isContractMethod(name: string): name is ContractMethod {
  return (contractMethods as readonly string[]).includes(name)
}
