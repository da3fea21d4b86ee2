#!/usr/bin/env node
/**
 * Keystroke to Site view: how long after a key goes down in Monaco the Site tab's frame shows the
 * typed text, in Chromium through the web host, on a 20 KB Chinese report inside the generated
 * site of bench/site-preview-all.mjs (layouts default/post, includes head/header/footer and a
 * post-list of all 100 posts of `site.posts` with titles, dates and excerpts, `_data/`, Sass).
 * The Preview is measured the same way in the same run, on the same post, so the two compare.
 *
 *   npm run build && node bench/site-latency.mjs [--keys 30] [--rounds 3] [--keep]
 *
 * The caret goes to the end of the post's last paragraph (`本报告完`) and each keystroke is
 * `page.keyboard.press` of a letter. The page records performance.now() on the keydown (a
 * capturing listener on the document) and again when a MutationObserver on the view's DOM (the
 * frame's document for the Site tab, which is same-origin; the preview element for the Preview)
 * sees its text contain `本报告完` plus every letter typed so far. The next key is pressed only
 * after that. The two views take turns in `--rounds` blocks of keys/rounds keystrokes each (the
 * other tab is not mounted meanwhile), each block after 3 warm-up keys, so both see the same
 * machine load. Target: Site median under 150 ms; moonshot: the Preview's median + 50 ms.
 *
 * POSTCLOUD_CHROMIUM names the browser (else Debian's chromium, else Playwright's own).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { chromiumArgs, findSystemChromium } from '../scripts/chromium-launch.mjs'
import { generateSite } from './site-preview-all.mjs'
import { median, quantile } from './stats.mjs'
import { startHost } from './web-host.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const targetMs = 150
const moonshotMs = 50
const marker = '本报告完'
const warmUp = 3
const token = 'site-latency-benchmark-token'

const { values } = parseArgs({
  options: {
    keys: { type: 'string', default: '30' },
    rounds: { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false }
  }
})
const rounds = Math.max(1, Number(values.rounds))
const perRound = Math.max(1, Math.ceil(Number(values.keys) / rounds))

/**
 * Installs the in-page clock once: keydown time, the letters typed so far, and per view a
 * MutationObserver that takes a sample when the view's text holds the marker plus those letters.
 */
function installClock(page) {
  return page.evaluate((marker) => {
    const state = { keydown: 0, typed: '', view: null, samples: [], renderMs: [], stop: null }
    window.__siteLatency = state
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key.length !== 1) return
        state.typed += event.key
        state.keydown = performance.now()
      },
      true
    )
    /** Watches `target` (a node of the view's document); `text()` reads the view's text. */
    state.watch = (target, text, renderMs) => {
      const check = () => {
        if (state.keydown === 0 || !text().includes(marker + state.typed)) return
        state.samples.push(performance.now() - state.keydown)
        state.renderMs.push(renderMs())
        state.keydown = 0
      }
      const observer = new MutationObserver(check)
      observer.observe(target, { subtree: true, childList: true, characterData: true })
      return () => observer.disconnect()
    }
  }, marker)
}

/** Points the clock at the view now shown: the Site tab's frame document or the preview. */
function watchView(page, view) {
  return page.evaluate((view) => {
    const state = window.__siteLatency
    state.stop?.()
    state.samples = []
    state.renderMs = []
    if (view === 'preview') {
      const preview = document.querySelector('[data-testid="preview"]')
      state.stop = state.watch(
        preview,
        () => preview.textContent,
        () => Number(preview.getAttribute('data-render-ms'))
      )
      return
    }
    const frame = document.querySelector('[data-testid="site-preview"]')
    let stopDocument = null
    const follow = () => {
      stopDocument?.()
      const doc = frame.contentDocument
      stopDocument = state.watch(
        doc.documentElement,
        () => doc.body?.textContent ?? '',
        () => Number(frame.getAttribute('data-render-ms'))
      )
    }
    // A page for a new post or policy reloads the frame: follow the new document.
    frame.addEventListener('load', follow)
    follow()
    state.stop = () => {
      frame.removeEventListener('load', follow)
      stopDocument?.()
    }
  }, view)
}

/** Text the view shows now includes `marker` + what was typed (the view caught up). */
function waitForView(page, view) {
  return page.waitForFunction(
    ({ view, marker }) => {
      const typed = window.__siteLatency?.typed ?? ''
      const text =
        view === 'preview'
          ? document.querySelector('[data-testid="preview"]')?.textContent
          : document.querySelector('[data-testid="site-preview"]')?.contentDocument?.body
              ?.textContent
      return Boolean(text?.includes(marker + typed))
    },
    { view, marker },
    { timeout: 60_000, polling: 100 }
  )
}

/**
 * Focuses the editor (Monaco takes keys through an EditContext, so a click, not a focus call) and
 * puts the caret at the end of the last paragraph: the post ends with `本报告完` and a newline.
 */
async function caretToMarker(page) {
  await page.locator('[data-testid="editor"] .monaco-editor .view-lines').click()
  await page.keyboard.press('Control+End')
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('End')
}

/**
 * The back end's own time for each Site page answered while `on` is true: `ms` of the
 * `renderSitePage` answer (site model, Liquid, kramdown, layouts), read from the HTTP response.
 */
function recordBackEnd(page) {
  const record = { on: false, ms: [] }
  page.on('response', (response) => {
    if (!record.on || !response.url().endsWith('/api/renderSitePage')) return
    response
      .json()
      .then((envelope) => {
        if (typeof envelope.result?.ms === 'number') record.ms.push(envelope.result.ms)
      })
      .catch(() => {})
  })
  return record
}

/** Shows `view`'s tab, then presses `warmUp` + `count` letters, one render at a time. */
async function measureBlock(page, view, count, letter, backEnd) {
  await page.getByTestId(view === 'site' ? 'pane-tab-site' : 'pane-tab-preview').click()
  await waitForView(page, view)
  await watchView(page, view)
  await caretToMarker(page)
  for (let i = 0; i < warmUp + count; i += 1) {
    backEnd.on = view === 'site' && i >= warmUp
    await page.keyboard.press(letter())
    await page.waitForFunction((n) => window.__siteLatency.samples.length >= n, i + 1, {
      timeout: 30_000,
      polling: 'raf'
    })
  }
  backEnd.on = false
  const { samples, renderMs } = await page.evaluate(() => window.__siteLatency)
  return { samples: samples.slice(warmUp), renderMs: renderMs.slice(warmUp) }
}

/** What the Site tab's page is made of: the theme's post list and stylesheet, not a fallback. */
function describeSitePage(page) {
  return page.evaluate(() => {
    const doc = document.querySelector('[data-testid="site-preview"]').contentDocument
    return {
      postListItems: doc.querySelectorAll('.sidebar .post-list li').length,
      stylesheets: [...doc.querySelectorAll('link[rel="stylesheet"]')].map((link) =>
        link.getAttribute('href')
      ),
      sheetsLoaded: doc.styleSheets.length,
      headings: doc.querySelectorAll('.post-content h2').length
    }
  })
}

function summary(samples, renderMs) {
  return {
    keystrokes: samples.length,
    medianMs: median(samples),
    p95Ms: quantile(samples, 0.95),
    maxMs: Math.max(...samples),
    ownRenderMedianMs: median(renderMs)
  }
}

async function main() {
  const temp = await mkdtemp(join(tmpdir(), 'postcloud-site-latency-'))
  const folder = join(temp, 'site')
  const site = generateSite(folder, { posts: 100 })
  const bytes = Buffer.byteLength(site.reportText)
  console.log(
    `site: ${site.posts} posts, ${(site.bytes / 1024).toFixed(0)} KiB, in ${folder}; ` +
      `typing into ${site.reportId} (${bytes} bytes)`
  )
  const host = await startHost(folder, join(temp, 'data'), ['--port', '0', '--token', token])
  const browser = await chromium.launch({
    executablePath: findSystemChromium() ?? undefined,
    args: chromiumArgs
  })
  const loadBefore = loadavg()[0]
  const collected = { site: { samples: [], renderMs: [] }, preview: { samples: [], renderMs: [] } }
  let sitePage = null
  let backEndMs = []
  try {
    const context = await browser.newContext({
      viewport: { width: 1600, height: 1000 },
      locale: 'en-US'
    })
    const page = await context.newPage()
    page.setDefaultTimeout(60_000)
    await page.goto(host.url)
    await page.locator(`[data-testid="post-item"][data-id="${site.reportId}"]`).click()
    // A Jekyll site opens on the Site tab; the first wait is for the Preview's text.
    await page.getByTestId('pane-tab-preview').click()
    await page.getByTestId('preview').getByText(marker, { exact: true }).waitFor()
    await installClock(page)
    const backEnd = recordBackEnd(page)
    const letters = 'abcdefghijklmnopqrstuvwxyz'
    let typed = 0
    const letter = () => letters[typed++ % letters.length]
    for (let round = 1; round <= rounds; round += 1) {
      for (const view of ['site', 'preview']) {
        const { samples, renderMs } = await measureBlock(page, view, perRound, letter, backEnd)
        collected[view].samples.push(...samples)
        collected[view].renderMs.push(...renderMs)
        if (view === 'site' && round === 1) sitePage = await describeSitePage(page)
        console.log(
          `round ${round}, ${view}: median ${median(samples).toFixed(1)} ms over ${samples.length} keys ` +
            `(load average ${loadavg()[0].toFixed(1)})`
        )
      }
    }
    backEndMs = backEnd.ms
    await context.close()
  } finally {
    await browser.close()
    const exited = new Promise((done) => host.child.once('exit', done))
    host.child.kill('SIGTERM')
    await exited
    if (values.keep) console.log(`kept ${temp}`)
    else await rm(temp, { recursive: true, force: true })
  }
  if (!sitePage || sitePage.postListItems !== site.posts) {
    throw new Error(
      `the Site tab did not show the generated theme's page: ${JSON.stringify(sitePage)}`
    )
  }
  const siteView = summary(collected.site.samples, collected.site.renderMs)
  siteView.backEndMedianMs = median(backEndMs)
  siteView.backEndAnswers = backEndMs.length
  const preview = summary(collected.preview.samples, collected.preview.renderMs)
  const difference = siteView.medianMs - preview.medianMs
  const result = {
    post: { id: site.reportId, bytes },
    sitePosts: site.posts,
    sitePage,
    site: siteView,
    preview,
    differenceMs: difference,
    targetMs,
    moonshotMs: preview.medianMs + moonshotMs,
    pass: siteView.medianMs < targetMs,
    moonshot: difference < moonshotMs,
    loadAverage: [loadBefore, loadavg()[0]]
  }
  const line = (name, figures, own) =>
    `${name}: ${figures.keystrokes} keystrokes, keydown -> text shown median ${figures.medianMs.toFixed(1)} ms, ` +
    `p95 ${figures.p95Ms.toFixed(1)} ms, max ${figures.maxMs.toFixed(1)} ms; ${own} median ` +
    `${figures.ownRenderMedianMs.toFixed(1)} ms`
  console.log(
    `page: ${sitePage.postListItems} posts in the post list, ${sitePage.headings} headings, ` +
      `stylesheets ${sitePage.stylesheets.join(', ')} (${sitePage.sheetsLoaded} loaded)`
  )
  console.log(
    `${line('Site view', siteView, "frame's data-render-ms (request to patched page)")}; ` +
      `back end's own render (renderSitePage ms) median ${siteView.backEndMedianMs.toFixed(1)} ms ` +
      `over ${siteView.backEndAnswers} answers`
  )
  console.log(line('Preview  ', preview, "preview's data-render-ms"))
  console.log(
    `difference Site - Preview: ${difference.toFixed(1)} ms (moonshot: under ${moonshotMs} ms, ` +
      `i.e. Site median < ${result.moonshotMs.toFixed(1)} ms: ${result.moonshot ? 'reached' : 'not reached'}); ` +
      `load average ${loadBefore.toFixed(1)} -> ${loadavg()[0].toFixed(1)}`
  )
  const resultsDir = join(root, 'bench', '.results')
  mkdirSync(resultsDir, { recursive: true })
  writeFileSync(join(resultsDir, 'site-latency.json'), `${JSON.stringify(result, null, 2)}\n`)
  console.log(
    `site latency: ${result.pass ? 'PASS' : 'FAIL'} (Site view median ${siteView.medianMs.toFixed(1)} ms, ` +
      `target < ${targetMs} ms)`
  )
  process.exitCode = result.pass ? 0 : 1
}

await main()
