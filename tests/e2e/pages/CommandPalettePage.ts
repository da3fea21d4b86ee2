import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

/** Ctrl+Shift+P: the window's commands by name, with their shortcuts. */
export class CommandPalettePage {
  readonly root: Locator
  readonly input: Locator
  /** The commands offered, each a name and, when it has one, its shortcut. */
  readonly options: Locator

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('command-palette')
    this.input = this.root.getByRole('combobox')
    this.options = this.root.getByRole('option')
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('Control+Shift+P')
    await expect(this.root).toBeVisible()
    await expect(this.input).toBeFocused()
  }

  /** The option of a command by its whole name. */
  option(name: string): Locator {
    return this.options.filter({ has: this.page.getByText(name, { exact: true }) })
  }

  /** The commands' names as shown, in order. */
  async names(): Promise<string[]> {
    return this.options.locator('span:first-child').allTextContents()
  }
}
