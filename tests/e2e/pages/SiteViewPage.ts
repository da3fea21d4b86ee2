import { expect } from '@playwright/test'
import type { FrameLocator, Locator, Page } from '@playwright/test'

export type SiteWidthName = 'desktop' | 'tablet' | 'phone'

/** The Site tab: the post inside its site's layouts, in a sandboxed frame, and its diagnostics. */
export class SiteViewPage {
  readonly tab: Locator
  readonly view: Locator
  /** The `<iframe>` element itself. */
  readonly frameElement: Locator
  /** What is inside the frame, as the writer sees it. */
  readonly frame: FrameLocator
  readonly diagnostics: Locator
  readonly noSite: Locator

  constructor(private readonly page: Page) {
    this.tab = page.getByTestId('pane-tab-site')
    this.view = page.getByTestId('site-view')
    this.frameElement = page.getByTestId('site-preview')
    this.frame = page.frameLocator('[data-testid="site-preview"]')
    this.diagnostics = page.getByTestId('site-diagnostics')
    this.noSite = page.getByTestId('site-no-site')
  }

  /** Waits for a page shown in the frame (each one stamps it with the text's length). */
  async waitForRender(): Promise<void> {
    await expect(this.frameElement).toHaveAttribute('data-rendered-length', /^\d+$/, {
      timeout: 20_000
    })
  }

  /** Where the post's cloud goes until its first export: "not exported yet", with Export. */
  get cloudNotExported(): Locator {
    return this.frame.getByTestId('cloud-not-exported')
  }

  /** The natural width of the page's image with this alt: 0 while it is missing or loading. */
  async naturalWidth(alt: string): Promise<number> {
    return this.frame
      .locator(`img[alt="${alt}"]`)
      .evaluate((img) => (img as HTMLImageElement).naturalWidth, undefined, { timeout: 2_000 })
      .catch(() => 0)
  }

  width(name: SiteWidthName): Locator {
    return this.page.getByTestId(`site-width-${name}`)
  }

  /** The frame's own width (the page's viewport), before any scaling to the pane. */
  async pageWidth(): Promise<number> {
    return this.frameElement.evaluate(
      (frame) => (frame as HTMLIFrameElement).contentDocument?.documentElement.clientWidth ?? 0
    )
  }

  /** How wide the frame shows on screen, scaled to the pane. */
  async shownWidth(): Promise<number> {
    return this.frameElement.evaluate((frame) => frame.getBoundingClientRect().width)
  }

  async scrollTop(): Promise<number> {
    return this.frameElement.evaluate(
      (frame) => (frame as HTMLIFrameElement).contentDocument?.scrollingElement?.scrollTop ?? -1
    )
  }

  async scrollTo(top: number): Promise<void> {
    await this.frameElement.evaluate((frame, to) => {
      const scroller = (frame as HTMLIFrameElement).contentDocument?.scrollingElement
      if (scroller) scroller.scrollTop = to
    }, top)
  }

  /** Marks the frame's current document, to tell later whether it is still the same object. */
  async markDocument(): Promise<void> {
    await this.frameElement.evaluate((frame) => {
      const document = (frame as HTMLIFrameElement).contentDocument
      if (document) Reflect.set(document, 'postcloudTestMark', true)
    })
  }

  async sameDocument(): Promise<boolean> {
    return this.frameElement.evaluate((frame) => {
      const document = (frame as HTMLIFrameElement).contentDocument
      return document !== null && Reflect.get(document, 'postcloudTestMark') === true
    })
  }

  /**
   * A computed style of the first element matching `selector` inside the frame; '' while the frame
   * is between documents (a reload), so `expect.poll` keeps asking instead of giving up.
   */
  async computedStyle(selector: string, property: string): Promise<string> {
    return this.frame
      .locator(selector)
      .first()
      .evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property, {
        timeout: 2_000
      })
      .catch(() => '')
  }
}
