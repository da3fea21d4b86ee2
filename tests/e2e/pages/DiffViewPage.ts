import { expect } from '@playwright/test'
import type { Locator } from '@playwright/test'

/** Monaco's diff editor in a dialog: the left (original) and right (modified) sides' text. */
export class DiffViewPage {
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
  async showEnd(): Promise<void> {
    await expect(this.root.locator('.line-insert, .line-delete').first()).toBeAttached()
    await this.right.click()
    await this.root.page().keyboard.press('Control+End')
  }
}
