import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

/** Monaco's diff editor in a dialog: the left (original) and right (modified) sides' text. */
export class DiffView {
  readonly left: Locator
  readonly right: Locator

  constructor(readonly root: Locator) {
    this.left = root.locator('.editor.original .view-lines')
    this.right = root.locator('.editor.modified .view-lines')
  }

  /**
   * Goes to the end of the right side, where the tests' edits are (the left scrolls along). Waits
   * for the computed differences first: the view jumps to the first one when they arrive.
   */
  async showEnd(page: Page): Promise<void> {
    await expect(this.root.locator('.line-insert, .line-delete').first()).toBeAttached()
    await this.right.click()
    await page.keyboard.press('Control+End')
  }
}

/** The dialog offering back unsaved text that a crashed or killed session left. */
export class RecoveryDialog {
  readonly root: Locator

  constructor(page: Page) {
    this.root = page.getByTestId('recovery-dialog')
  }

  item(id: string): Locator {
    return this.root.locator(
      `[data-testid="recovery-item"][data-id="${id.replace(/["\\]/g, '\\$&')}"]`
    )
  }

  async compare(id: string): Promise<DiffView> {
    await this.item(id).getByTestId('recovery-compare').click()
    return new DiffView(this.root.locator('.monaco-diff-editor'))
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

/** The local history of the open post: earlier versions, a comparison, Restore. */
export class HistoryDialog {
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
  async choose(index: number): Promise<DiffView> {
    await this.versions.nth(index).click()
    await expect(this.versions.nth(index)).toHaveAttribute('aria-pressed', 'true')
    return new DiffView(this.root.locator('.monaco-diff-editor'))
  }

  async restore(): Promise<void> {
    await this.root.getByTestId('history-restore').click()
    await expect(this.root).toBeHidden()
  }
}

/** Asks before a post deleted or moved on disk is written back. */
export class RecreateDialog {
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

/** Chooses when posts save by themselves, in the Settings dialog (opened and closed here). */
export async function setAutosave(
  page: Page,
  mode: 'off' | 'delay' | 'focus',
  delaySeconds?: number
): Promise<void> {
  const settings = page.getByTestId('settings')
  await page.getByTestId('open-settings').click()
  await expect(settings).toBeVisible()
  await settings.getByTestId('settings-autosave').selectOption(mode)
  if (delaySeconds !== undefined) {
    const delay = settings.getByTestId('settings-autosave-delay')
    await expect(delay).toBeEnabled()
    await delay.fill(String(delaySeconds))
    await delay.press('Enter')
    await expect(delay).toHaveValue(String(delaySeconds))
  }
  await page.keyboard.press('Escape')
  await expect(settings).toBeHidden()
}
