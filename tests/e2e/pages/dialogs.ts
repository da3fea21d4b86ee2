import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

/** The new post dialog: title, template, and (in a Jekyll site) post or draft. */
export class NewPostDialog {
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

export class RenameDialog {
  readonly root: Locator

  constructor(page: Page) {
    this.root = page.getByTestId('rename-dialog')
  }

  async rename(fileName: string): Promise<void> {
    await this.root.getByTestId('rename-input').fill(fileName)
    await this.root.getByTestId('rename-confirm').click()
    await expect(this.root).toBeHidden()
  }
}

export class DeleteDialog {
  readonly root: Locator

  constructor(page: Page) {
    this.root = page.getByTestId('delete-dialog')
  }

  async confirm(): Promise<void> {
    await this.root.getByTestId('delete-confirm').click()
    await expect(this.root).toBeHidden()
  }
}

/** The web host's trash: posts deleted from this folder, each with a Restore button. */
export class TrashDialog {
  readonly root: Locator

  constructor(page: Page) {
    this.root = page.getByTestId('trash-dialog')
  }

  entry(id: string): Locator {
    return this.root.getByRole('listitem').filter({ hasText: id })
  }

  async restore(id: string): Promise<void> {
    await this.entry(id).getByRole('button').click()
  }
}

/** Asked when the file changed on disk while the buffer had unsaved edits. */
export class ConflictDialog {
  readonly root: Locator

  constructor(page: Page) {
    this.root = page.getByTestId('conflict-dialog')
  }

  async keepMine(): Promise<void> {
    await this.root.getByTestId('conflict-mine').click()
    await expect(this.root).toBeHidden()
  }

  async takeTheirs(): Promise<void> {
    await this.root.getByTestId('conflict-theirs').click()
    await expect(this.root).toBeHidden()
  }

  /** Shows the two versions side by side (Monaco's diff editor). */
  async compare(): Promise<Locator> {
    await this.root.getByTestId('conflict-compare').click()
    return this.root.locator('.monaco-diff-editor')
  }
}

export class SettingsDialog {
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
}

/** Open Folder in a browser tab: a path typed into a box. */
export class OpenFolderDialog {
  readonly root: Locator

  constructor(page: Page) {
    this.root = page.getByTestId('open-folder-dialog')
  }

  async open(path: string): Promise<void> {
    await this.root.getByTestId('folder-path').fill(path)
    await this.root.getByTestId('folder-path').press('Enter')
    await expect(this.root).toBeHidden()
  }
}
