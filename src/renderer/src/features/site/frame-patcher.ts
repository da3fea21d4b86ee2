import morphdom from 'morphdom'
import { serializePage } from './sanitize-site'

/**
 * Puts sanitized pages into the Site view's iframe. The first page of a post is the frame's
 * `srcdoc`; every later one is patched into the same document with morphdom, so nothing flashes,
 * the scroll position stays and only changed elements (a new image, an edited paragraph) touch
 * the network. A page that arrives while the frame is still loading waits for the load.
 */
export class FramePatcher {
  private document: Document | null = null
  private loading = false
  private pending: HTMLElement | null = null

  constructor(
    private readonly frame: HTMLIFrameElement,
    /** The frame has a new document (first load or reload): listeners go on it. */
    private readonly onDocument: (document: Document) => void,
    /** The frame's document shows the newest page. */
    private readonly onShown: () => void
  ) {
    frame.addEventListener('load', this.loaded)
  }

  /**
   * Shows a sanitized page (`<html>` of an inert document). `reload` starts a new document: for
   * another post, or a new policy (the CSP of a document cannot be loosened or tightened later).
   */
  show(root: HTMLElement, reload: boolean): void {
    if (reload || (!this.document && !this.loading)) {
      this.document = null
      this.loading = true
      this.pending = null
      this.frame.srcdoc = serializePage(root)
    } else if (this.loading || !this.document) {
      this.pending = root
    } else {
      this.patch(this.document, root)
    }
  }

  dispose(): void {
    this.frame.removeEventListener('load', this.loaded)
    this.document = null
    this.pending = null
  }

  private readonly loaded = (): void => {
    const document = this.frame.contentDocument
    // Before the first srcdoc the frame holds about:blank; only our own load counts.
    if (!this.loading || !document) return
    this.loading = false
    this.document = document
    this.onDocument(document)
    const pending = this.pending
    this.pending = null
    if (pending) this.patch(document, pending)
    else this.onShown()
  }

  private patch(document: Document, root: HTMLElement): void {
    // Nodes move over from the inert document only when they are new, so only they load.
    morphdom(document.documentElement, root, {
      onBeforeElUpdated: (from, to) => !from.isEqualNode(to)
    })
    this.onShown()
  }
}
