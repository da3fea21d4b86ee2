import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

/** The new post dialog: title, template, and (in a Jekyll site) post or draft. */
export class NewPostDialogPage {
  readonly root: Locator
  readonly title: Locator

  constructor(page: Page) {
    this.root = page.getByTestId('new-post-dialog')
    this.title = this.root.getByTestId('new-post-title')
  }

  /** Chooses a template by id (`bundled:report`) once the back end has listed it. */
  async chooseTemplate(id: string): Promise<void> {
    const template = this.root.locator('select')
    await expect(template.locator(`option[value="${id}"]`)).toHaveCount(1)
    await template.selectOption(id)
  }

  /** Creates the post with what the dialog holds. */
  async submit(): Promise<void> {
    await this.root.getByTestId('new-post-create').click()
    await expect(this.root).toBeHidden()
  }

  /** Fills the dialog and creates the post; `template` is an id such as `bundled:report`. */
  async create(input: { title: string; template?: string; draft?: boolean }): Promise<void> {
    await expect(this.root).toBeVisible()
    await this.title.fill(input.title)
    // The templates arrive from the back end after the dialog opens.
    if (input.template) await this.chooseTemplate(input.template)
    if (input.draft !== undefined) {
      // Post comes first, Draft second, in every language.
      await this.root
        .getByRole('radio')
        .nth(input.draft ? 1 : 0)
        .check()
    }
    await this.submit()
  }
}
