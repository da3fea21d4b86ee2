import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

/** The Settings dialog, opened from the toolbar: language, remote content, autosave. */
export class SettingsDialogPage {
  readonly root: Locator
  readonly language: Locator
  readonly remoteContent: Locator
  readonly autosave: Locator
  /** The pause before an autosave, and its label: shown only while autosave waits for a pause. */
  readonly autosaveDelay: Locator
  readonly autosaveDelayLabel: Locator
  /** The note that Monaco's own menus change language only when the window next opens. */
  readonly editorLanguageLater: Locator

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('settings')
    this.language = page.getByTestId('settings-language')
    this.remoteContent = page.getByTestId('settings-remote')
    this.autosave = page.getByTestId('settings-autosave')
    this.autosaveDelay = page.getByTestId('settings-autosave-delay')
    this.autosaveDelayLabel = this.root.locator('label[for="settings-autosave-delay"]')
    this.editorLanguageLater = page.getByTestId('settings-editor-language-later')
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
    await this.autosave.selectOption(mode)
    if (delaySeconds !== undefined) {
      await expect(this.autosaveDelay).toBeEnabled()
      await this.autosaveDelay.fill(String(delaySeconds))
      await this.autosaveDelay.press('Enter')
      await expect(this.autosaveDelay).toHaveValue(String(delaySeconds))
    }
    await this.close()
  }
}
