import type { SitePageResult } from '@shared/site/types'

export interface SiteRequest {
  id: string
  text: string
}

export type SiteAnswer =
  | { request: SiteRequest; result: SitePageResult; ms: number }
  | { request: SiteRequest; error: Error; ms: number }

export type RenderSitePage = (id: string, text: string) => Promise<SitePageResult>

/**
 * The window's side of `renderSitePage`. One request is in flight at a time and only the newest
 * waiting one is kept (as the preview's render client does), so a burst of keystrokes costs one
 * render more, never a queue of them. Answers come back in the order asked.
 */
export class SiteClient {
  private inFlight = false
  private waiting: SiteRequest | null = null
  private disposed = false

  constructor(
    private readonly renderPage: RenderSitePage,
    private readonly onAnswer: (answer: SiteAnswer) => void
  ) {}

  render(request: SiteRequest): void {
    if (this.inFlight) this.waiting = request
    else void this.send(request)
  }

  /** Answers still on their way are dropped. */
  dispose(): void {
    this.disposed = true
    this.waiting = null
  }

  private async send(request: SiteRequest): Promise<void> {
    this.inFlight = true
    const sentAt = performance.now()
    let answer: SiteAnswer
    try {
      const result = await this.renderPage(request.id, request.text)
      answer = { request, result, ms: performance.now() - sentAt }
    } catch (error) {
      answer = { request, error: error as Error, ms: performance.now() - sentAt }
    }
    this.inFlight = false
    if (this.disposed) return
    const next = this.waiting
    this.waiting = null
    if (next) void this.send(next)
    this.onAnswer(answer)
  }
}
