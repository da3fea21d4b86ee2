import type { Locator, Page } from '@playwright/test'

/** The web host's trash: posts deleted from this folder, each with a Restore button. */
export class TrashDialogPage {
  readonly root: Locator

  constructor(page: Page) {
    this.root = page.getByTestId('trash-dialog')
  }

  item(id: string): Locator {
    return this.root.getByRole('listitem').filter({ hasText: id })
  }

  async restore(id: string): Promise<void> {
    await this.item(id).getByRole('button').click()
  }
}
