import type { Page } from '@playwright/test'
import { AppPage } from './pages/AppPage'
import { samples } from './disk'
import { expect, test } from './web-host-fixture'

test.use({ locale: 'en-US' })

interface Problems {
  console: string[]
  pageErrors: string[]
  /** Read from the page: CSP violations it reported. */
  cspViolations(): Promise<string[]>
}

/** Records console errors, uncaught page errors and CSP violations, from the first script on. */
async function watchProblems(page: Page): Promise<Problems> {
  const problems = { console: [] as string[], pageErrors: [] as string[] }
  page.on('console', (message) => {
    if (message.type() === 'error') problems.console.push(message.text())
  })
  page.on('pageerror', (error) => problems.pageErrors.push(error.message))
  await page.addInitScript(() => {
    const seen: string[] = []
    Object.defineProperty(window, '__cspViolations', { value: seen })
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`)
    )
  })
  return {
    ...problems,
    cspViolations: () =>
      page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)
  }
}

test('the token leaves the address bar, a reload still works, and nothing is refused', async ({
  page,
  host
}) => {
  const problems = await watchProblems(page)
  const app = new AppPage(page)
  await app.goto(host.url)
  await expect(app.posts.items.first()).toBeVisible()
  expect(page.url()).not.toContain('token')

  await app.reload()
  await expect(app.posts.item(samples.aiDaily)).toBeVisible()
  expect(page.url()).not.toContain('token')
  // Opening a post starts Monaco, its worker and the preview: the most code under the policy.
  // (The other samples link word cloud images that are not generated yet: each logs a 404.)
  await app.openPost(samples.reading)
  await expect(app.preview.title).toHaveText('十一月阅读月报：慢读、笔记与写作')

  expect(problems.pageErrors).toEqual([])
  expect(problems.console).toEqual([])
  expect(await problems.cspViolations()).toEqual([])
})
