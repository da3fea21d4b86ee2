import { sourceLineAttribute } from '@shared/markdown/blocks'
import { buildScrollMap, lineAtOffset, offsetForLine } from '@shared/markdown/scroll-map'
import type { LineAnchor } from '@shared/markdown/scroll-map'

/** What the leader scrolls: an element of the window, or a frame's scrolling element. */
export interface ScrollSurface {
  /** The scrolling element, or null while there is none (no frame document yet). */
  scroller(): { scrollTop: number } | null
  /** Where each source line sits in the scrolled content, measured now. */
  measure(): LineAnchor[]
  /** The writer scrolled the pane: this source line is now at its top. */
  report(line: number): void
}

/**
 * Two-way scroll sync between the editor and a rendered pane (the Preview, the Site view),
 * through the elements' source lines. Whoever scrolled last leads: a new line from the editor is
 * followed, a scroll by the writer in the pane is reported, and after each change of content
 * (`relayout`) the pane puts the leading line back at its top. A scroll the leader makes itself
 * is recognised by its offset and never reported, and the editor echoing our own report is not
 * followed, so the two never chase each other. Plain logic, so it is tested without a browser.
 */
export class ScrollLeader {
  private map: LineAnchor[] | null = null
  /** The source line (with its fraction) kept at the top of the pane. */
  private anchor: number | null
  /** The offset our last programmatic scroll landed on, until its scroll event arrives. */
  private ownScrollTop: number | null = null
  /** The line we last reported; the editor following it must not move us again. */
  private reported: number | null = null
  private surface: ScrollSurface | null = null

  constructor(syncLine: number | null) {
    this.anchor = syncLine
  }

  /** What to scroll, measure and report to; the window hands it over after each render. */
  setSurface(surface: ScrollSurface): void {
    this.surface = surface
  }

  /** Another post: start where the editor is. */
  restart(syncLine: number | null): void {
    this.anchor = syncLine
    this.reported = null
  }

  /** The editor's top line changed; null: do not follow. */
  follow(syncLine: number | null): void {
    if (syncLine === null || syncLine === this.reported) return
    this.anchor = syncLine
    this.reported = null
    this.scrollToAnchor()
  }

  /** The content moved (new text, images, width): measure again and keep the leading line. */
  relayout(): void {
    this.forgetLayout()
    this.scrollToAnchor()
  }

  /** Another document took the surface's place: measure it when next needed. */
  forgetLayout(): void {
    this.map = null
  }

  /** The pane's scroll event. */
  scrolled(): void {
    const scroller = this.surface?.scroller()
    if (!this.surface || !scroller) return
    const own = this.ownScrollTop
    this.ownScrollTop = null
    if (own !== null && Math.abs(scroller.scrollTop - own) < 2) return
    const exact = lineAtOffset(this.scrollMap(this.surface), scroller.scrollTop)
    this.anchor = exact
    const line = Math.floor(exact)
    if (line === this.reported) return
    this.reported = line
    this.surface.report(line)
  }

  private scrollMap(surface: ScrollSurface): LineAnchor[] {
    this.map ??= surface.measure()
    return this.map
  }

  private scrollToAnchor(): void {
    const scroller = this.surface?.scroller()
    if (!this.surface || !scroller || this.anchor === null) return
    const top = Math.round(offsetForLine(this.scrollMap(this.surface), this.anchor))
    if (Math.abs(scroller.scrollTop - top) < 1) return
    scroller.scrollTop = top
    this.ownScrollTop = scroller.scrollTop
  }
}

/**
 * The scroll map of `root`'s elements that carry a source line. `origin` is the viewport offset
 * of the content's top; the map ends at `lineCount` and `scrollHeight`.
 */
export function measureSourceLines(
  root: ParentNode,
  origin: number,
  lineCount: number,
  scrollHeight: number
): LineAnchor[] {
  const anchors: LineAnchor[] = []
  for (const element of root.querySelectorAll(`[${sourceLineAttribute}]`)) {
    const line = Number(element.getAttribute(sourceLineAttribute))
    if (Number.isFinite(line)) {
      anchors.push({ line, top: element.getBoundingClientRect().top - origin })
    }
  }
  return buildScrollMap(anchors, { line: lineCount, top: scrollHeight })
}
