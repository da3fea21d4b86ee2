import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

/** Open Folder in a browser tab: a path typed into a box. */
export class OpenFolderDialogPage {
  readonly root: Locator

  constructor(page: Page) {
    this.root = page.getByTestId('open-folder-dialog')
  }

  /** Opens the folder at `path` (the dialog itself is opened from the toolbar or the menu). */
  async openFolder(path: string): Promise<void> {
    await this.root.getByTestId('folder-path').fill(path)
    await this.root.getByTestId('folder-path').press('Enter')
    await expect(this.root).toBeHidden()
  }
}
