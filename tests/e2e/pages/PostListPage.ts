import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

/** The sidebar's post list (a virtualised listbox) and its search box. */
export class PostListPage {
  readonly list: Locator
  readonly items: Locator
  readonly search: Locator

  constructor(page: Page) {
    this.list = page.getByTestId('post-list')
    this.items = page.getByTestId('post-item')
    this.search = page.getByTestId('post-search')
  }

  /** The row of a post by its id (its path in the folder). */
  item(id: string): Locator {
    return this.list.locator(`[data-testid="post-item"][data-id="${cssString(id)}"]`)
  }

  /** The ids of the rows in the DOM, top to bottom. */
  async ids(): Promise<string[]> {
    return this.items.evaluateAll((rows) =>
      rows
        .map((row) => ({
          id: row.getAttribute('data-id') ?? '',
          top: row.getBoundingClientRect().top
        }))
        .sort((a, b) => a.top - b.top)
        .map((row) => row.id)
    )
  }

  async expectSelected(id: string): Promise<void> {
    await expect(this.item(id)).toHaveAttribute('aria-selected', 'true')
  }

  /** The unsaved-changes mark inside a row (a `●` with an aria-label). */
  dirtyMark(id: string): Locator {
    return this.item(id).locator('[aria-label]', { hasText: '●' })
  }

  /** A row's search snippet, and the match marked in it. */
  snippet(id: string): Locator {
    return this.item(id).getByTestId('search-snippet')
  }

  snippetMatch(id: string): Locator {
    return this.snippet(id).locator('mark')
  }

  /**
   * Whether a row's marked match is shown whole: inside the row's box, and not cut short by an
   * ellipsis of its own.
   */
  async matchInView(id: string): Promise<boolean> {
    const row = this.item(id)
    return this.snippetMatch(id).evaluate(
      (mark, rowBox) => {
        const box = mark.getBoundingClientRect()
        return (
          box.width > 0 &&
          box.left >= rowBox.left &&
          box.right <= rowBox.right &&
          mark.scrollWidth <= mark.clientWidth
        )
      },
      await row.evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect)
    )
  }

  async searchFor(query: string): Promise<void> {
    await this.search.fill(query)
  }

  async clearSearch(): Promise<void> {
    await this.search.fill('')
  }

  /** Scrolls the list to its very end, as a writer dragging the scroll bar down would. */
  async scrollToEnd(): Promise<void> {
    await this.list.evaluate((element) => {
      element.scrollTop = element.scrollHeight
      // The list listens to scroll events; a programmatic scroll fires one asynchronously.
      element.dispatchEvent(new Event('scroll'))
    })
  }
}

/** Escapes a value for a double-quoted CSS attribute selector. */
function cssString(value: string): string {
  return value.replace(/["\\]/g, '\\$&')
}
