import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

/** The rendered post beside the editor. */
export class PreviewPage {
  readonly root: Locator

  constructor(page: Page) {
    this.root = page.getByTestId('preview')
  }

  /** Waits for a finished render (the preview stamps each one with its length and time). */
  async waitForRender(): Promise<void> {
    await expect(this.root).toHaveAttribute('data-rendered-length', /^\d+$/)
  }

  async renderedLength(): Promise<number> {
    return Number(await this.root.getAttribute('data-rendered-length'))
  }

  /** The title the published page would show above the body. */
  get title(): Locator {
    return this.root.getByRole('heading', { level: 1 })
  }

  image(alt: string): Locator {
    return this.root.locator(`img[alt="${alt}"]`)
  }

  /** The image's natural width once loaded: 0 while it is missing, broken or blocked. */
  async naturalWidth(alt: string): Promise<number> {
    return this.image(alt).evaluate((img) => (img as HTMLImageElement).naturalWidth)
  }
}
