// Adds up the unit and end-to-end results into one closing line, "N passed, N failed", and
// says why each skipped end-to-end test was skipped (a skip without its reason hides a gap).
import { existsSync, readFileSync } from 'node:fs'

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null
}

export function summarize(vitestFile, playwrightFile) {
  const total = { passed: 0, failed: 0, skipped: 0 }
  const vitest = readJson(vitestFile)
  if (vitest) {
    total.passed += vitest.numPassedTests
    total.failed += vitest.numFailedTests
    total.skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0)
  }
  const playwright = readJson(playwrightFile)
  if (playwright) {
    total.passed += playwright.stats.expected + playwright.stats.flaky
    total.failed += playwright.stats.unexpected
    total.skipped += playwright.stats.skipped
  }
  return `${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`
}

/** "skipped: <test> — <reason>" for every Playwright test skipped with a reason. */
export function skipReasons(playwrightFile) {
  const report = readJson(playwrightFile)
  const lines = []
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        if (test.status !== 'skipped') continue
        const reason = test.annotations?.find((note) => note.type === 'skip')?.description
        lines.push(`skipped: ${spec.title}${reason ? ` — ${reason}` : ''}`)
      }
    }
    for (const child of suite.suites ?? []) walk(child)
  }
  for (const suite of report?.suites ?? []) walk(suite)
  return lines
}
