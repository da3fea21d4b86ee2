import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

/** Monaco as a writer uses it: click into the text, move with keys, type, save with Ctrl+S. */
export class EditorPage {
  readonly root: Locator
  private readonly lines: Locator

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('editor')
    this.lines = this.root.locator('.monaco-editor .view-lines')
  }

  async waitUntilReady(): Promise<void> {
    // The first post of a page loads Monaco's chunk (megabytes of script) on demand: on a busy
    // two-core machine that alone has taken more than the default 5 s.
    await expect(this.lines.locator('.view-line').first()).toBeVisible({ timeout: 20_000 })
  }

  /** Puts the keyboard focus in the text (the caret lands where the click was). */
  async focus(): Promise<void> {
    await this.lines.click()
    await expect(this.root.locator('.monaco-editor.focused')).toBeVisible()
  }

  /** Moves the caret to the very end of the text. */
  async goToEnd(): Promise<void> {
    await this.focus()
    await this.page.keyboard.press('Control+End')
  }

  /**
   * Types as the keyboard would; `\n` presses Enter, so the editor inserts the buffer's own line
   * ending (CRLF in a CRLF file).
   */
  async type(text: string): Promise<void> {
    const parts = text.split('\n')
    for (const [index, part] of parts.entries()) {
      if (index > 0) await this.page.keyboard.press('Enter')
      if (part !== '') await this.page.keyboard.type(part)
    }
  }

  async saveWithShortcut(): Promise<void> {
    await this.page.keyboard.press('Control+S')
  }

  /**
   * The lines Monaco has on screen, top to bottom, as text (Monaco draws spaces as no-break
   * spaces). Only what is in the viewport is in the DOM; with word wrap one line may be several.
   */
  async visibleLines(): Promise<string[]> {
    return this.lines.evaluate((element) => {
      // The lines' own box is as tall as the text; the editor's box is what the writer sees.
      const box = (element.closest('.monaco-editor') ?? element).getBoundingClientRect()
      return Array.from(element.querySelectorAll<HTMLElement>('.view-line'))
        .map((line) => ({ line, rect: line.getBoundingClientRect() }))
        .filter(({ rect }) => rect.bottom > box.top && rect.top < box.bottom)
        .sort((a, b) => a.rect.top - b.rect.top)
        .map(({ line }) => (line.textContent ?? '').replace(/\u00a0/g, ' '))
    })
  }

  /** Waits until a line holding `text` is on screen inside the editor's viewport. */
  async expectVisible(text: string): Promise<void> {
    await expect
      .poll(async () => (await this.visibleLines()).some((line) => line.includes(text)))
      .toBe(true)
  }
}
