import type { Locator, Page } from '@playwright/test'
import type { CloudPanelPage } from './CloudPanelPage'

/**
 * The cloud panel's word rules: the emphasis option, compound terms in the word list and the
 * terms the folder split back, the suggested terms, and the post's series boilerplate.
 */
export class WordRulesPage {
  readonly emphasis: Locator
  readonly splitTerms: Locator
  readonly suggestions: Locator
  readonly boilerplate: Locator
  readonly boilerplateSummary: Locator
  readonly boilerplateLines: Locator
  readonly boilerplateSwitch: Locator

  constructor(
    page: Page,
    private readonly cloud: CloudPanelPage
  ) {
    this.emphasis = page.getByTestId('cloud-emphasis')
    this.splitTerms = page.getByTestId('cloud-split-terms')
    this.suggestions = page.getByTestId('cloud-suggestions')
    this.boilerplate = page.getByTestId('cloud-boilerplate')
    this.boilerplateSummary = page.getByTestId('cloud-boilerplate-summary')
    this.boilerplateLines = page.getByTestId('cloud-boilerplate-lines')
    this.boilerplateSwitch = page.getByTestId('cloud-boilerplate-switch')
  }

  /** The "Term" mark of a word of the list; its accessible name names the parts. */
  termMark(word: string): Locator {
    return this.cloud.row(word).getByTestId('cloud-term')
  }

  async split(word: string): Promise<void> {
    await this.cloud.row(word).getByTestId('cloud-split').click()
  }

  splitTerm(term: string): Locator {
    return this.splitTerms.locator(`li[data-term="${term}"]`)
  }

  async joinAgain(term: string): Promise<void> {
    await this.splitTerm(term).getByTestId('cloud-join').click()
  }

  suggestion(term: string): Locator {
    return this.suggestions.locator(`li[data-term="${term}"]`)
  }

  async addSuggestion(term: string): Promise<void> {
    await this.suggestion(term).getByTestId('cloud-add-suggestion').click()
  }

  /** Opens the collapsed list of the post's boilerplate lines and reads it. */
  async skippedLines(): Promise<string[]> {
    await this.boilerplate.locator('details > summary').click()
    return this.boilerplateLines.locator('li').allTextContents()
  }
}
