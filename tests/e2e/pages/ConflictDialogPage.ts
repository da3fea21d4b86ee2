import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

/** Asked when the file changed on disk while the buffer had unsaved edits. */
export class ConflictDialogPage {
  readonly root: Locator

  constructor(page: Page) {
    this.root = page.getByTestId('conflict-dialog')
  }

  async keepMine(): Promise<void> {
    await this.root.getByTestId('conflict-mine').click()
    await expect(this.root).toBeHidden()
  }

  async takeTheirs(): Promise<void> {
    await this.root.getByTestId('conflict-theirs').click()
    await expect(this.root).toBeHidden()
  }

  /** Shows the two versions side by side (Monaco's diff editor). */
  async compare(): Promise<Locator> {
    await this.root.getByTestId('conflict-compare').click()
    return this.root.locator('.monaco-diff-editor')
  }
}
