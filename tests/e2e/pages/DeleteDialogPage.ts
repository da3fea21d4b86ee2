import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

/** Asks before a post goes to the trash. */
export class DeleteDialogPage {
  readonly root: Locator

  constructor(page: Page) {
    this.root = page.getByTestId('delete-dialog')
  }

  async confirm(): Promise<void> {
    await this.root.getByTestId('delete-confirm').click()
    await expect(this.root).toBeHidden()
  }
}
