import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

/** The rendered post beside the editor. */
export class PreviewPage {
  readonly root: Locator
  private readonly tab: Locator

  constructor(page: Page) {
    this.root = page.getByTestId('preview')
    this.tab = page.getByTestId('pane-tab-preview')
  }

  /** Shows the Preview tab (a Jekyll site with layouts opens on the Site tab). */
  async show(): Promise<void> {
    await expect(this.tab).toBeVisible()
    if ((await this.tab.getAttribute('aria-selected')) !== 'true') await this.tab.click()
    await expect(this.tab).toHaveAttribute('aria-selected', 'true')
  }

  /** Shows the Preview and waits for a finished render (each is stamped with its length and time). */
  async waitForRender(): Promise<void> {
    await this.show()
    await expect(this.root).toHaveAttribute('data-rendered-length', /^\d+$/)
  }

  /** How far the rendered post is scrolled, in pixels. */
  async scrollTop(): Promise<number> {
    return this.root.evaluate((element) => element.scrollTop)
  }

  /** Scrolls the rendered post as the writer's wheel would, to `top` pixels. */
  async scrollTo(top: number): Promise<void> {
    await this.root.evaluate((element, to) => {
      element.scrollTop = to
    }, top)
  }

  async renderedLength(): Promise<number> {
    return Number(await this.root.getAttribute('data-rendered-length'))
  }

  /** The title the published page would show above the body (the body may have its own `#`). */
  get title(): Locator {
    return this.root.locator('h1.preview-title')
  }

  /** Where the post's cloud goes until its first export: "not exported yet", with Export. */
  get cloudNotExported(): Locator {
    return this.root.getByTestId('cloud-not-exported')
  }

  image(alt: string): Locator {
    return this.root.locator(`img[alt="${alt}"]`)
  }

  /** The image's natural width once loaded: 0 while it is missing, broken or blocked. */
  async naturalWidth(alt: string): Promise<number> {
    return this.image(alt).evaluate((img) => (img as HTMLImageElement).naturalWidth)
  }
}
