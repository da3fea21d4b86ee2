import type { Locator, Page } from '@playwright/test'

/** The form above the editor that edits single front matter keys in the file. */
export class FrontMatterFormPage {
  readonly title: Locator
  readonly date: Locator
  /** The button that shows the date in the window's language and opens the calendar. */
  readonly datePicker: Locator
  /** The browser's own date input behind the picker button, which only lends its calendar. */
  readonly dateCalendar: Locator
  /** What is wrong with the date text, under the field. */
  readonly dateProblem: Locator
  /** The notice that the date and the file name's date disagree, and its rename button. */
  readonly nameDay: Locator
  readonly renameToDate: Locator

  constructor(page: Page) {
    this.title = page.getByTestId('fm-title')
    this.date = page.getByTestId('fm-date')
    this.datePicker = page.getByTestId('fm-date-picker')
    this.dateCalendar = page.getByTestId('fm-date-native')
    this.dateProblem = page.getByTestId('fm-date-problem')
    this.nameDay = page.getByTestId('fm-name-day')
    this.renameToDate = page.getByTestId('fm-rename-to-date')
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

  /**
   * Picks a wall-clock time (`2025-11-12T09:30:03`) in the calendar and leaves it. The calendar
   * is the browser's own pop-up, out of the page's reach, so the pick goes to its input.
   */
  async pickDate(value: string): Promise<void> {
    await this.dateCalendar.fill(value)
    await this.dateCalendar.blur()
  }
}
