import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

/** Asks before a post deleted or moved on disk is written back. */
export class RecreateDialogPage {
  readonly root: Locator

  constructor(page: Page) {
    this.root = page.getByTestId('recreate-dialog')
  }

  async confirm(): Promise<void> {
    await this.root.getByTestId('recreate-confirm').click()
    await expect(this.root).toBeHidden()
  }

  async cancel(): Promise<void> {
    await this.root.getByTestId('recreate-cancel').click()
    await expect(this.root).toBeHidden()
  }
}
