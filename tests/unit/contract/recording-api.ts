import type { ContractMethod, LibraryEventSource, PostcloudApi } from '../../../src/shared/contract'
import { contractMethods } from '../../../src/shared/contract'
import type { LibraryEvent } from '../../../src/shared/post'

export interface RecordingApi extends PostcloudApi, LibraryEventSource {
  whenWatching(): Promise<void>
  calls: { method: ContractMethod; args: unknown[] }[]
  emit(event: LibraryEvent): void
}

/** A contract implementation that records each call and answers with the method's name. */
export function recordingApi(): RecordingApi {
  const calls: RecordingApi['calls'] = []
  const listeners = new Set<(event: LibraryEvent) => void>()
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
    emit: (event) => listeners.forEach((listener) => listener(event)),
    whenWatching: async () => undefined,
    onLibraryEvent(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  }
}
