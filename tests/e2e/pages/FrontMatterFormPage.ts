import type { Locator, Page } from '@playwright/test'

/** The form above the editor that edits single front matter keys in the file. */
export class FrontMatterFormPage {
  readonly title: Locator
  readonly date: Locator
  /** The button that shows the date in the window's language and opens the calendar. */
  readonly datePicker: Locator
  /** What is wrong with the date text, under the field. */
  readonly dateProblem: Locator

  constructor(page: Page) {
    this.title = page.getByTestId('fm-title')
    this.date = page.getByTestId('fm-date')
    this.datePicker = page.getByTestId('fm-date-picker')
    this.dateProblem = page.getByTestId('fm-date-problem')
  }

  /** Replaces the title and commits it with Enter, as a writer would. */
  async setTitle(value: string): Promise<void> {
    await this.title.fill(value)
    await this.title.press('Enter')
  }

  /** Types a date over the field's text and leaves the field with Tab. */
  async typeDate(value: string): Promise<void> {
    await this.date.fill(value)
    await this.date.press('Tab')
  }
}
