import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

/** What the visible cloud canvas holds: its pixel size, inked share and a digest of its pixels. */
export interface CanvasPicture {
  width: number
  height: number
  /** Share of pixels that differ from the top-left (background) pixel. */
  ink: number
  digest: string
}

/** The word cloud tab of the right-hand pane: the picture, its buttons, options and word list. */
export class CloudPanelPage {
  readonly root: Locator
  readonly tab: Locator
  readonly previewTab: Locator
  readonly canvas: Locator
  readonly seed: Locator
  readonly size: Locator
  readonly words: Locator
  readonly existsDialog: Locator
  /** Export stopped: the post's link would not work on the published site. */
  readonly unpublishedDialog: Locator
  /** Export PNG stopped: the post's link names another image type. */
  readonly wrongTypeDialog: Locator

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('cloud-panel')
    this.tab = page.getByTestId('pane-tab-cloud')
    this.previewTab = page.getByTestId('pane-tab-preview')
    this.canvas = page.getByTestId('cloud-canvas')
    this.seed = page.getByTestId('cloud-seed')
    this.size = page.getByTestId('cloud-size')
    this.words = page.getByTestId('cloud-words')
    this.existsDialog = page.getByTestId('cloud-exists-dialog')
    this.unpublishedDialog = page.getByTestId('cloud-unpublished-dialog')
    this.wrongTypeDialog = page.getByTestId('cloud-wrong-type-dialog')
  }

  /** Opens the tab and waits for the first finished cloud. */
  async open(): Promise<void> {
    await this.tab.click()
    await this.waitUntilReady()
  }

  /**
   * Waits until the picture is of the newest words and options: laid out in the worker and painted
   * (the layout takes a second or two on a slow machine, more for the first one).
   */
  async waitUntilReady(): Promise<void> {
    await expect(this.root).toHaveAttribute('data-state', 'ready', { timeout: 30_000 })
    await expect(this.canvas).toHaveAttribute('data-painted', /\d+/)
  }

  button(name: 'regenerate' | 'export-jpg' | 'export-png' | 'copy'): Locator {
    return this.page.getByTestId(`cloud-${name}`)
  }

  /** The pixels of the on-screen canvas, read in the page. */
  async picture(): Promise<CanvasPicture> {
    return this.canvas.evaluate((element) => {
      const canvas = element as HTMLCanvasElement
      const ctx = canvas.getContext('2d')
      if (!ctx) throw new Error('no 2D context')
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height)
      let inked = 0
      let hash = 2166136261
      for (let i = 0; i < data.length; i += 4) {
        if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) inked++
        hash = Math.imul(hash ^ (data[i] + 7 * data[i + 1] + 31 * data[i + 2]), 16777619)
      }
      return {
        width: canvas.width,
        height: canvas.height,
        ink: inked / (data.length / 4),
        digest: (hash >>> 0).toString(16)
      }
    })
  }

  /** The words of the list, top to bottom (their keys, as counted). */
  async wordKeys(): Promise<string[]> {
    return this.words
      .locator('tbody tr[data-word]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-word') ?? ''))
  }

  row(word: string): Locator {
    return this.words.locator(`tbody tr[data-word="${word.replace(/["\\]/g, '\\$&')}"]`)
  }

  async exclude(word: string): Promise<void> {
    await this.row(word).getByTestId('cloud-exclude').click()
  }
}
