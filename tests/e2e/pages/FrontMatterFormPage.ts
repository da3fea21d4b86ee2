import type { Locator, Page } from '@playwright/test'

/** The form above the editor that edits single front matter keys in the file. */
export class FrontMatterFormPage {
  readonly title: Locator
  readonly date: Locator

  constructor(page: Page) {
    this.title = page.getByTestId('fm-title')
    this.date = page.getByTestId('fm-date')
  }

  /** Replaces the title and commits it with Enter, as a writer would. */
  async setTitle(value: string): Promise<void> {
    await this.title.fill(value)
    await this.title.press('Enter')
  }
}
