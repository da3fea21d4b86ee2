/// <reference types="vite/client" />
import type { RenderRequest, RenderResponse } from './render-protocol'
import RenderWorker from './render.worker?worker'

export interface RenderResult {
  request: RenderRequest
  response: RenderResponse
  /** From sending the request to its answer, in milliseconds. */
  ms: number
}

/**
 * The window's side of the render worker. One request is in flight at a time and only the newest
 * waiting one is kept, so a burst of keystrokes costs one render more, never a queue of them.
 */
export class RenderClient {
  private readonly worker: Worker = new RenderWorker()
  private inFlight: { request: RenderRequest; sentAt: number } | null = null
  private waiting: RenderRequest | null = null
  private nextId = 1

  constructor(private readonly onResult: (result: RenderResult) => void) {
    this.worker.onmessage = (event: MessageEvent<RenderResponse>) => this.finish(event.data)
    // An error the worker could not answer for: carry on with the next request.
    this.worker.onerror = () => this.finish(null)
  }

  render(input: Omit<RenderRequest, 'id'>): void {
    const request = { ...input, id: this.nextId++ }
    if (this.inFlight) this.waiting = request
    else this.send(request)
  }

  dispose(): void {
    this.worker.terminate()
  }

  private finish(response: RenderResponse | null): void {
    const done = this.inFlight
    this.inFlight = null
    if (this.waiting) {
      this.send(this.waiting)
      this.waiting = null
    }
    if (done && response && done.request.id === response.id) {
      this.onResult({ request: done.request, response, ms: performance.now() - done.sentAt })
    }
  }

  private send(request: RenderRequest): void {
    this.inFlight = { request, sentAt: performance.now() }
    this.worker.postMessage(request)
  }
}
