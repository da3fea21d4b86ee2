import type { AnalysisResult, AnalyzeOptions } from './analysis'
import type { ExportCloudOptions, ExportCloudResult } from './cloud/export-types'
import type { ErrorInfo } from './errors'
import type {
  CreatedPost,
  CreatePostInput,
  FolderInfo,
  FrontMatterValue,
  LibraryEvent,
  Post,
  PostStamp,
  PostSummary,
  TemplateInfo
} from './post'

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
  /** The raw text, parsed front matter and stamp of one post. Fails for binary or non-UTF-8 files. */
  readPost(id: string): Promise<Post>
  /**
   * Writes `raw` atomically, keeping the file's BOM. `expected` is the stamp the editor loaded
   * (null for "the file must not exist yet"); a different file on disk is a CONFLICT.
   */
  savePost(id: string, raw: string, expected: PostStamp | null): Promise<PostStamp>
  /** Templates available for new posts: the bundled ones and the folder's `.postcloud/templates/`. */
  listTemplates(): Promise<TemplateInfo[]>
  /** Creates a post from a template; in a Jekyll site under `_posts/YYYY-MM-DD-<slug>.md`. */
  createPost(input: CreatePostInput): Promise<CreatedPost>
  /**
   * Sets (or with null removes) single front matter keys, editing only their lines in the file.
   * Refused with FRONT_MATTER when the block is missing-but-unclosed, invalid or refused.
   */
  updateFrontMatter(
    id: string,
    changes: Record<string, FrontMatterValue | undefined>,
    expected: PostStamp
  ): Promise<Post>
  /** Word counts and TF-IDF weights of the prose of a Markdown text (segmented off the main thread). */
  analyzeText(text: string, options?: AnalyzeOptions): Promise<AnalysisResult>
  /** Writes a rendered cloud image for a post and inserts or updates its link in the post. */
  exportCloud(
    id: string,
    imageBase64: string,
    options?: ExportCloudOptions
  ): Promise<ExportCloudResult>
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
  'listTemplates',
  'createPost',
  'updateFrontMatter',
  'analyzeText',
  'exportCloud'
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

/** Commands the application menu sends to the window (Electron only). */
export type MenuCommand = 'folder-opened' | 'new-post' | 'save'

/** Changes in the open folder on disk. Subscribing returns the function that unsubscribes. */
export interface LibraryEventSource {
  onLibraryEvent(listener: (event: LibraryEvent) => void): () => void
}

/** Everything pushed to the window: library events, and menu commands in Electron. */
export interface PostcloudEvents extends LibraryEventSource {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}

/** What preload exposes as `window.postcloud`. */
export type PostcloudPreloadBridge = EnvelopedApi & PostcloudEvents

/** What the window sees: the methods plus the event subscriptions. */
export type PostcloudBridge = PostcloudApi & PostcloudEvents

/** IPC channel of a method; main accepts only these. */
export function ipcChannel(method: ContractMethod): string {
  return `postcloud:${method}`
}

/** IPC channels on which main pushes events to the window. */
export const libraryEventChannel = 'postcloud:event:library'
export const menuCommandChannel = 'postcloud:event:menu'

/** HTTP route of a method on the web host. */
export function httpRoute(method: ContractMethod): string {
  return `/api/${method}`
}

export function isContractMethod(name: string): name is ContractMethod {
  return (contractMethods as readonly string[]).includes(name)
}
