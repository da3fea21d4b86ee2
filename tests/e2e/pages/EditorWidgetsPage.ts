import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

/** Monaco's own UI inside the editor: the find widget (Ctrl+F) and the right-click menu. */
export class EditorWidgetsPage {
  /** The find widget's text field, named by Monaco in the language it was loaded in. */
  readonly findInput: Locator
  /** The context menu's entries (Monaco draws the menu in a shadow root; locators pierce it). */
  readonly menuItems: Locator

  constructor(private readonly page: Page) {
    const editor = page.getByTestId('editor')
    this.findInput = editor.locator('.find-widget .find-part textarea')
    this.menuItems = page.getByRole('menuitem')
  }

  /** Ctrl+F with the caret in the text, as a writer opens it. */
  async openFind(): Promise<void> {
    await this.page.keyboard.press('Control+F')
    await expect(this.findInput).toBeFocused()
  }

  /** Right-clicks into the text and waits for the menu. */
  async openContextMenu(): Promise<void> {
    await this.page.getByTestId('editor').locator('.view-lines').click({ button: 'right' })
    await expect(this.menuItems.first()).toBeVisible()
  }
}
