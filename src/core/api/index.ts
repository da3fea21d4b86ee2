import type { LibraryEventSource, PostcloudApi } from '@shared/contract'
import { checkWindowId } from '../app-data/live-windows'
import type { FolderImage } from '../assets'
import { cloudMethods } from './cloud'
import { CoreContext } from './context'
import type { CoreOptions } from './context'
import { folderMethods } from './folders'
import { postMethods } from './posts'
import { recoveryMethods } from './recovery'
import { settingsMethods } from './settings'
import { siteMethods } from './site'
import { trashMethods } from './trash'

export type { FolderImage } from '../assets'
export type { CoreOptions } from './context'

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

/** The core api: each area of the contract (api/<area>.ts) over one shared context. */
export function createCoreApi(options: CoreOptions): CoreApi {
  const ctx = new CoreContext(options)
  return {
    ...folderMethods(ctx),
    ...postMethods(ctx),
    ...trashMethods(ctx),
    ...settingsMethods(ctx),
    ...cloudMethods(ctx),
    ...recoveryMethods(ctx),
    ...siteMethods(ctx),
    onLibraryEvent: (listener) => ctx.subscribe(listener),
    attachWindow: (windowId) => ctx.windows.attach(checkWindowId(windowId)),
    whenWatching: () => ctx.whenWatching(),
    close: () => ctx.close()
  }
}
