import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { AppPage } from './pages/AppPage'
import { CloudPanelPage } from './pages/CloudPanelPage'
import { WordRulesPage } from './pages/WordRulesPage'
import { samples } from './disk'
import { expect, test } from './web-host-fixture'
import { series, writeSeries } from './word-series'

test.use({ locale: 'en-US', folderSeed: { prepare: writeSeries } })

interface Opened {
  cloud: CloudPanelPage
  rules: WordRulesPage
}

async function openNewestIssue(app: AppPage): Promise<Opened> {
  await app.openPost(series.newest)
  const cloud = new CloudPanelPage(app.page)
  await cloud.open()
  return { cloud, rules: new WordRulesPage(app.page, cloud) }
}

/** `.postcloud/<name>` of the folder, null while it does not exist. */
function folderFile(folder: string, name: string): Promise<string | null> {
  return readFile(join(folder, '.postcloud', name), 'utf8').catch(() => null)
}

async function cloudJson(folder: string): Promise<Record<string, unknown>> {
  const text = await folderFile(folder, 'cloud.json')
  return text === null ? {} : (JSON.parse(text) as Record<string, unknown>)
}

test('a term the post always writes as one is listed marked, and Split counts its parts', async ({
  page,
  host
}) => {
  const app = new AppPage(page)
  await app.goto(host.url)
  const { cloud, rules } = await openNewestIssue(app)
  const [first, second] = series.termParts

  await expect(cloud.row(series.term)).toBeVisible()
  await expect(rules.termMark(series.term)).toHaveAccessibleName(/具身 \+ 智能/)
  await expect(cloud.row(first)).toHaveCount(0)
  await expect(cloud.row(second)).toHaveCount(0)

  await rules.split(series.term)
  await expect(cloud.row(first)).toBeVisible()
  await expect(cloud.row(second)).toBeVisible()
  await expect(cloud.row(series.term)).toHaveCount(0)
  await expect
    .poll(async () => (await cloudJson(host.folder)).rules)
    .toEqual({ split: [series.term], boilerplate: true })

  // The folder lists the split term; joining it again, from the keyboard, counts it whole.
  await expect(rules.splitTerm(series.term)).toBeVisible()
  await rules.splitTerm(series.term).getByTestId('cloud-join').press('Enter')
  await expect(cloud.row(series.term)).toBeVisible()
  await expect(cloud.row(first)).toHaveCount(0)
  await expect(rules.splitTerms).toHaveCount(0)
  await expect.poll(async () => (await cloudJson(host.folder)).rules).toBeUndefined()
})

test('the series’ boilerplate lines are listed and not counted, until the folder turns it off', async ({
  page,
  host
}) => {
  const app = new AppPage(page)
  await app.goto(host.url)
  const { cloud, rules } = await openNewestIssue(app)

  await expect(rules.boilerplateSummary).toHaveText(
    /^Lines skipped as series boilerplate: \d+ \(series “具身周报”, 6 posts\)$/
  )
  const lines = await rules.skippedLines()
  for (const line of series.templateLines) expect(lines).toContain(line)
  for (const word of series.templateWords) await expect(cloud.row(word)).toHaveCount(0)
  await expect(cloud.row(series.term)).toBeVisible()

  await expect(rules.boilerplateSwitch).toBeChecked()
  await rules.boilerplateSwitch.press('Space')
  await expect(rules.boilerplateSwitch).not.toBeChecked()
  await expect(rules.boilerplateSummary).toHaveText(
    /^Series boilerplate is counted: the rule is off in this folder/
  )
  for (const word of series.templateWords) await expect(cloud.row(word)).toBeVisible()
  await expect
    .poll(async () => (await cloudJson(host.folder)).rules)
    .toEqual({ split: [], boilerplate: false })
})

test('a post whose series is too short says why no line is taken as its boilerplate', async ({
  page,
  host
}) => {
  const app = new AppPage(page)
  await app.goto(host.url)
  // The sample's first category, 月报, is its series: a series of one post.
  await app.openPost(samples.reading)
  const cloud = new CloudPanelPage(page)
  await cloud.open()
  const rules = new WordRulesPage(page, cloud)

  await expect(rules.boilerplate).toContainText(
    'Series “月报” is too short to tell its boilerplate: it has 1 of the 5 posts needed.'
  )
  await expect(rules.boilerplateSwitch).toBeChecked()
})

test('distinctive emphasis puts the issue’s own words above the words every issue says', async ({
  page,
  host
}) => {
  const app = new AppPage(page)
  await app.goto(host.url)
  const { cloud, rules } = await openNewestIssue(app)
  const rank = async (word: string): Promise<number> => (await cloud.wordKeys()).indexOf(word)

  await expect(rules.emphasis).toHaveValue('count')
  expect(await rank(series.seriesWord)).toBeGreaterThanOrEqual(0)
  expect(await rank(series.seriesWord)).toBeLessThan(await rank(series.issueWord))

  await rules.emphasis.selectOption('distinctive')
  await cloud.waitUntilReady()
  await expect
    .poll(async () => (await rank(series.issueWord)) < (await rank(series.seriesWord)))
    .toBe(true)
  // Remembered for the post, like its other cloud options.
  await expect
    .poll(async () => {
      const posts = (await cloudJson(host.folder)).posts as Record<string, { emphasis?: string }>
      return posts?.[series.newest]?.emphasis
    })
    .toBe('distinctive')
})

test('a term the folder’s posts write as one is suggested, and goes to the user dictionary', async ({
  page,
  host
}) => {
  const app = new AppPage(page)
  await app.goto(host.url)
  const { rules } = await openNewestIssue(app)

  await expect(rules.suggestion(series.suggestion)).toBeVisible({ timeout: 30_000 })
  await rules.addSuggestion(series.suggestion)
  await expect(rules.suggestion(series.suggestion)).toHaveCount(0)
  await expect
    .poll(async () => (await folderFile(host.folder, 'userdict.txt'))?.split(/\r?\n/) ?? [])
    .toContain(series.suggestion)
})
