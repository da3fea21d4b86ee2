import { expect } from '@playwright/test'
import type { Locator, Page, Response } from '@playwright/test'
import { EditorPage } from './EditorPage'
import { FrontMatterFormPage } from './FrontMatterFormPage'
import { PostListPage } from './PostListPage'
import { PreviewPage } from './PreviewPage'

export type ToolbarButton =
  | 'open-folder'
  | 'new-post'
  | 'save-post'
  | 'rename-post'
  | 'delete-post'
  | 'open-trash'
  | 'open-settings'

/** The whole window: its panes as page objects, the toolbar, toasts and the status bar. */
export class AppPage {
  readonly posts: PostListPage
  readonly editor: EditorPage
  readonly preview: PreviewPage
  readonly form: FrontMatterFormPage
  readonly statusBar: Locator
  readonly outline: Locator
  readonly toasts: Locator

  constructor(readonly page: Page) {
    this.posts = new PostListPage(page)
    this.editor = new EditorPage(page)
    this.preview = new PreviewPage(page)
    this.form = new FrontMatterFormPage(page)
    this.statusBar = page.getByTestId('status-bar')
    this.outline = page.getByTestId('outline')
    this.toasts = page.locator('.toasts')
  }

  /**
   * Loads the window and waits until it listens to the folder's changes, so a file written on
   * disk afterwards always reaches it.
   */
  async goto(url: string): Promise<void> {
    const watching = this.page.waitForResponse(isEventStream)
    const response = await this.page.goto(url)
    // Fail at once, with the reason, when the page itself is refused (e.g. no built renderer).
    expect(response?.ok(), await response?.text()).toBe(true)
    await watching
  }

  /** Reloads and waits for the event stream again (the token now comes from session storage). */
  async reload(): Promise<void> {
    const watching = this.page.waitForResponse(isEventStream)
    await this.page.reload()
    await watching
  }

  button(name: ToolbarButton): Locator {
    return this.page.getByTestId(name)
  }

  /** Opens a post from the list and waits until the editor and preview show it. */
  async openPost(id: string): Promise<void> {
    await this.posts.item(id).click()
    await this.posts.expectSelected(id)
    await this.editor.waitUntilReady()
    await this.preview.waitForRender()
  }

  /** The button of a toast (e.g. Undo) by its visible name. */
  toastButton(name: string): Locator {
    return this.toasts.getByRole('button', { name, exact: true })
  }
}

/** The window's event stream (`/api/events?window=<id>`), whose answer means changes are watched. */
export function isEventStream(response: Response): boolean {
  return new URL(response.url()).pathname === '/api/events'
}
