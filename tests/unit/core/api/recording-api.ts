import type { ContractMethod, LibraryEventSource, PostcloudApi } from '@shared/contract'
import { contractMethods } from '@shared/contract'
import { PostcloudError } from '@shared/errors'
import type { FolderEvent } from '@shared/folder-events'
import type { FolderImage } from '@core/api'
import { checkWindowId } from '@core/app-data/live-windows'

export interface RecordingApi extends PostcloudApi, LibraryEventSource {
  whenWatching(): Promise<void>
  readAsset(path: string): Promise<FolderImage>
  /** The paths `readAsset` was asked for, as the transport decoded them. */
  imageReads: string[]
  calls: { method: ContractMethod; args: unknown[] }[]
  emit(event: FolderEvent): void
  attachWindow(windowId: unknown): () => void
  /** Windows attached now, with how many channels each holds. */
  openWindows: Map<string, number>
  /** How many listeners are subscribed to library events. */
  listenerCount(): number
}

/**
 * A contract implementation that records each call and answers with the method's name. Its
 * `readAsset` serves only the given images and answers NOT_FOUND for any other path.
 */
export function recordingApi(images: Record<string, FolderImage> = {}): RecordingApi {
  const calls: RecordingApi['calls'] = []
  const imageReads: string[] = []
  const listeners = new Set<(event: FolderEvent) => void>()
  const openWindows = new Map<string, number>()
  const methods = Object.fromEntries(
    contractMethods.map((method) => [
      method,
      async (...args: unknown[]) => {
        calls.push({ method, args })
        return { answeredBy: method }
      }
    ])
  ) as unknown as PostcloudApi
  return {
    ...methods,
    calls,
    imageReads,
    async readAsset(path) {
      imageReads.push(path)
      const image = Object.hasOwn(images, path) ? images[path] : undefined
      if (!image) throw new PostcloudError('NOT_FOUND', `No image ${path}.`)
      return image
    },
    emit: (event) => listeners.forEach((listener) => listener(event)),
    openWindows,
    listenerCount: () => listeners.size,
    attachWindow(windowId) {
      const id = checkWindowId(windowId)
      openWindows.set(id, (openWindows.get(id) ?? 0) + 1)
      return () => {
        const left = (openWindows.get(id) ?? 1) - 1
        if (left > 0) openWindows.set(id, left)
        else openWindows.delete(id)
      }
    },
    whenWatching: async () => undefined,
    onLibraryEvent(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  }
}
