import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'
import { DiffViewPage } from './DiffViewPage'

/** The local history of the open post: earlier versions, a comparison, Restore. */
export class HistoryDialogPage {
  readonly root: Locator
  readonly versions: Locator

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('history-dialog')
    this.versions = this.root.getByTestId('history-version')
  }

  /** Opens it with the toolbar's History button. */
  async open(): Promise<void> {
    await this.page.getByTestId('post-history').click()
    await expect(this.root).toBeVisible()
  }

  /** Shows version `index` (0 = newest) beside the current text. */
  async choose(index: number): Promise<DiffViewPage> {
    await this.versions.nth(index).click()
    await expect(this.versions.nth(index)).toHaveAttribute('aria-pressed', 'true')
    return new DiffViewPage(this.root.locator('.monaco-diff-editor'))
  }

  async restore(): Promise<void> {
    await this.root.getByTestId('history-restore').click()
    await expect(this.root).toBeHidden()
  }
}
