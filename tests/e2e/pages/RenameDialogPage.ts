import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

/** Asks for a post's new file name. */
export class RenameDialogPage {
  readonly root: Locator

  constructor(page: Page) {
    this.root = page.getByTestId('rename-dialog')
  }

  async rename(fileName: string): Promise<void> {
    await this.root.getByTestId('rename-input').fill(fileName)
    await this.root.getByTestId('rename-confirm').click()
    await expect(this.root).toBeHidden()
  }

  /** Asks for a name the back end refuses: the dialog stays open for another try. */
  async tryRename(fileName: string): Promise<void> {
    await this.root.getByTestId('rename-input').fill(fileName)
    await this.root.getByTestId('rename-confirm').click()
  }
}
