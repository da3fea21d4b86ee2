import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

/** The Settings dialog, opened from the toolbar: language, remote content, autosave. */
export class SettingsDialogPage {
  readonly root: Locator
  readonly language: Locator
  readonly remoteContent: Locator

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('settings')
    this.language = page.getByTestId('settings-language')
    this.remoteContent = page.getByTestId('settings-remote')
  }

  async open(): Promise<void> {
    await this.page.getByTestId('open-settings').click()
    await expect(this.root).toBeVisible()
  }

  /** Closes with Escape, which every dialog of the window honours. */
  async close(): Promise<void> {
    await this.page.keyboard.press('Escape')
    await expect(this.root).toBeHidden()
  }

  /** Chooses when posts save by themselves; opens the dialog for it and closes it again. */
  async setAutosave(mode: 'off' | 'delay' | 'focus', delaySeconds?: number): Promise<void> {
    await this.open()
    await this.root.getByTestId('settings-autosave').selectOption(mode)
    if (delaySeconds !== undefined) {
      const delay = this.root.getByTestId('settings-autosave-delay')
      await expect(delay).toBeEnabled()
      await delay.fill(String(delaySeconds))
      await delay.press('Enter')
      await expect(delay).toHaveValue(String(delaySeconds))
    }
    await this.close()
  }
}
