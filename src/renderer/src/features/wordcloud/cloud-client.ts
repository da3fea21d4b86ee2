/// <reference types="vite/client" />
import type { LayoutRequest, LayoutResponse } from './cloud-protocol'
import CloudWorker from './cloud.worker?worker'

/** A finished layout, or null when a newer request superseded this one. */
export type LayoutOutcome = LayoutResponse | null

interface Pending {
  request: LayoutRequest
  resolve(outcome: LayoutOutcome): void
}

/**
 * The window's side of the cloud worker. One layout runs at a time and only the newest waiting
 * request is kept: dragging a slider costs one layout more, never a queue of them, and a result
 * that a newer request made stale is dropped (its promise resolves null).
 */
export class CloudClient {
  private readonly worker: Worker = new CloudWorker()
  private inFlight: Pending | null = null
  private waiting: Pending | null = null
  private nextId = 1

  constructor() {
    this.worker.onmessage = (event: MessageEvent<LayoutResponse>) => this.finish(event.data)
    // An error the worker could not answer for (it failed to start): report it and carry on.
    this.worker.onerror = (event) => {
      event.preventDefault()
      const id = this.inFlight?.request.id ?? 0
      this.finish({ id, error: event.message || 'The layout worker failed.' })
    }
  }

  layout(input: Omit<LayoutRequest, 'id'>): Promise<LayoutOutcome> {
    return new Promise((resolve) => {
      const pending = { request: { ...input, id: this.nextId++ }, resolve }
      if (!this.inFlight) {
        this.send(pending)
        return
      }
      this.waiting?.resolve(null)
      this.waiting = pending
    })
  }

  dispose(): void {
    this.worker.terminate()
    this.inFlight?.resolve(null)
    this.waiting?.resolve(null)
    this.inFlight = this.waiting = null
  }

  private finish(response: LayoutResponse): void {
    const done = this.inFlight
    this.inFlight = null
    const next = this.waiting
    this.waiting = null
    if (next) this.send(next)
    if (!done || done.request.id !== response.id) return
    // A newer request is on its way: this picture is already out of date.
    done.resolve(next ? null : response)
  }

  private send(pending: Pending): void {
    this.inFlight = pending
    this.worker.postMessage(pending.request)
  }
}
