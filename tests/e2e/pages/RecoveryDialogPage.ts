import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'
import { DiffViewPage } from './DiffViewPage'

/** The dialog offering back unsaved text that a crashed or killed session left. */
export class RecoveryDialogPage {
  readonly root: Locator

  constructor(page: Page) {
    this.root = page.getByTestId('recovery-dialog')
  }

  item(id: string): Locator {
    return this.root.locator(
      `[data-testid="recovery-item"][data-id="${id.replace(/["\\]/g, '\\$&')}"]`
    )
  }

  async compare(id: string): Promise<DiffViewPage> {
    await this.item(id).getByTestId('recovery-compare').click()
    return new DiffViewPage(this.root.locator('.monaco-diff-editor'))
  }

  async restore(id: string): Promise<void> {
    await this.item(id).getByTestId('recovery-restore').click()
  }

  async discard(id: string): Promise<void> {
    await this.item(id).getByTestId('recovery-discard').click()
    await expect(this.item(id)).toHaveCount(0)
  }

  /** Closes without deciding: the buffers stay for next time. */
  async later(): Promise<void> {
    await this.root.getByTestId('recovery-later').click()
    await expect(this.root).toBeHidden()
  }
}
