import { PostcloudError } from '@shared/errors'

/** A window id as the window makes it (`crypto.randomUUID()`); anything else is refused. */
const windowIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

export function checkWindowId(value: unknown): string {
  if (typeof value !== 'string' || !windowIdPattern.test(value)) {
    throw new PostcloudError('INVALID_ARGUMENT', 'A window id is a UUID made by the window.')
  }
  return value
}

/**
 * The windows of this process that are open now. A window is open while its host holds its event
 * channel (the web host's event stream, Electron's page); a window that crashed, was reloaded or
 * closed loses it. A window counts as open for `graceMs` after that, so a dropped stream that
 * comes straight back does not hand its unsaved buffers to another window.
 */
export class LiveWindows {
  private readonly attached = new Map<string, number>()
  private readonly leaving = new Map<string, ReturnType<typeof setTimeout>>()

  constructor(
    private readonly onGone: (windowId: string) => void,
    private readonly graceMs = 2_000
  ) {}

  /** The window holds a channel until the returned function is called (more than once is fine). */
  attach(windowId: string): () => void {
    clearTimeout(this.leaving.get(windowId))
    this.leaving.delete(windowId)
    this.attached.set(windowId, (this.attached.get(windowId) ?? 0) + 1)
    let detached = false
    return () => {
      if (detached) return
      detached = true
      const left = (this.attached.get(windowId) ?? 1) - 1
      if (left > 0) {
        this.attached.set(windowId, left)
        return
      }
      this.attached.delete(windowId)
      const timer = setTimeout(() => {
        this.leaving.delete(windowId)
        this.onGone(windowId)
      }, this.graceMs)
      timer.unref?.()
      this.leaving.set(windowId, timer)
    }
  }

  isLive(windowId: string): boolean {
    return this.attached.has(windowId) || this.leaving.has(windowId)
  }

  /** Forgets every window without calling `onGone` (the process is ending). */
  close(): void {
    for (const timer of this.leaving.values()) clearTimeout(timer)
    this.leaving.clear()
    this.attached.clear()
  }
}
