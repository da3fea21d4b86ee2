import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

/** The new post dialog: title, template, and (in a Jekyll site) post or draft. */
export class NewPostDialogPage {
  readonly root: Locator

  constructor(page: Page) {
    this.root = page.getByTestId('new-post-dialog')
  }

  /** Fills the dialog and creates the post; `template` is an id such as `bundled:report`. */
  async create(input: { title: string; template?: string; draft?: boolean }): Promise<void> {
    await expect(this.root).toBeVisible()
    await this.root.getByTestId('new-post-title').fill(input.title)
    const template = this.root.locator('select')
    if (input.template) {
      // The templates arrive from the back end after the dialog opens.
      await expect(template.locator(`option[value="${input.template}"]`)).toHaveCount(1)
      await template.selectOption(input.template)
    }
    if (input.draft !== undefined) {
      // Post comes first, Draft second, in every language.
      await this.root
        .getByRole('radio')
        .nth(input.draft ? 1 : 0)
        .check()
    }
    await this.root.getByTestId('new-post-create').click()
    await expect(this.root).toBeHidden()
  }
}
