#!/usr/bin/env node
/**
 * Keystroke to preview: how long after a key goes down in Monaco the preview has rendered the
 * change, in Chromium through the web host, for a generated 100 KB and 1 MB report post.
 *
 *   npm run build && node bench/preview-latency.mjs [--keys 40] [--sizes 100,1024]
 *
 * Each keystroke is `page.keyboard.press` of a letter at the end of the post. The page records
 * performance.now() on the keydown (a capturing listener on the document) and again when the
 * preview's `data-rendered-length` attribute changes (a MutationObserver), so the figure is the
 * in-page time from keydown to the finished render, without Playwright's round trips. The next key
 * is pressed only after that render, so renders never overlap.
 *
 * The floor is markdown-it alone (no plugins, no highlighting, no sanitizer, no DOM) rendering the
 * same text in the same browser: an about:blank page of the same context, since the window's CSP
 * refuses an injected script. Targets: median under 50 ms at 100 KB and 200 ms at 1 MB.
 *
 * POSTCLOUD_CHROMIUM names the browser (else Debian's chromium, else Playwright's own).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { chromiumArgs, findSystemChromium } from '../scripts/chromium-launch.mjs'
import { seededRandom } from './seeded-random.mjs'
import { sampleSentences } from './sample-sentences.mjs'
import { median, quantile } from './stats.mjs'
import { startHost } from './web-host.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const KiB = 1024
const targets = { 100: 50, 1024: 200 }

const { values } = parseArgs({
  options: {
    keys: { type: 'string', default: '40' },
    sizes: { type: 'string', default: '100,1024' }
  }
})
const keys = Math.max(5, Number(values.keys))
const sizes = values.sizes.split(',').map(Number)

/**
 * A Chinese report of about `bytes` bytes: sections with headings, paragraphs, bullet lists,
 * a table and a fenced code block each, the same text on every run (seeded).
 */
function generateReport(bytes, seed) {
  const random = seededRandom(seed)
  const sentences = sampleSentences()
  const pick = () => sentences[Math.floor(random() * sentences.length)]
  const paragraph = (count) => Array.from({ length: count }, pick).join('')
  const parts = [
    '---',
    'layout: post',
    `title: "基准测试报告（${bytes / KiB} KB）"`,
    'date: "2025-12-10 09:00:00 +0800"',
    'categories: [周报]',
    'tags: [基准, 预览]',
    '---',
    '',
    '## 概要',
    '',
    paragraph(4),
    ''
  ]
  let size = Buffer.byteLength(parts.join('\n'))
  for (let section = 1; size < bytes; section += 1) {
    const rows = Array.from(
      { length: 5 },
      (_, row) =>
        `| 指标 ${row + 1} | ${(random() * 1000).toFixed(1)} | ${(random() * 1000).toFixed(1)} | ${(random() * 20 - 10).toFixed(2)}% |`
    )
    const block = [
      `## 第 ${section} 部分`,
      '',
      paragraph(3),
      '',
      paragraph(2),
      '',
      ...Array.from({ length: 4 }, () => `- **要点**：${pick()}`),
      '',
      '| 指标 | 本周 | 上周 | 变化 |',
      '|---|---:|---:|---:|',
      ...rows,
      '',
      `### 第 ${section} 部分的细节`,
      '',
      paragraph(3),
      '',
      '```js',
      `const section${section} = { week: ${section}, values: [${rows.length}, ${section * 3}] }`,
      `console.log(section${section}.values.reduce((a, b) => a + b, 0))`,
      '```',
      ''
    ].join('\n')
    parts.push(block)
    size += Buffer.byteLength(block) + 1
  }
  parts.push('## 结尾', '', '最后一段')
  return `${parts.join('\n')}\n`
}

/** Opens the post, then presses `keys` letters at its end, one render at a time. */
async function measureKeystrokes(page, url, id) {
  await page.goto(url)
  await page.locator(`[data-testid="post-item"][data-id="${id}"]`).click()
  // The folder is a Jekyll site, which may open on the Site tab: this measures the Preview.
  await page.getByTestId('pane-tab-preview').click()
  const preview = page.getByTestId('preview')
  await preview.locator('h2', { hasText: '结尾' }).waitFor()
  await page.locator('[data-testid="editor"] .monaco-editor .view-lines').click()
  await page.keyboard.press('Control+End')
  await page.evaluate(() => {
    const state = { keydown: 0, samples: [], renderMs: [] }
    window.__latency = state
    document.addEventListener('keydown', () => (state.keydown = performance.now()), true)
    const preview = document.querySelector('[data-testid="preview"]')
    new MutationObserver(() => {
      if (state.keydown === 0) return
      state.samples.push(performance.now() - state.keydown)
      state.renderMs.push(Number(preview.getAttribute('data-render-ms')))
      state.keydown = 0
    }).observe(preview, { attributes: true, attributeFilter: ['data-rendered-length'] })
  })
  const letters = 'abcdefghijklmnopqrstuvwxyz'
  // Five keys to warm up (JIT, caches), then the measured ones.
  const warmUp = 5
  for (let i = 0; i < warmUp + keys; i += 1) {
    await page.keyboard.press(letters[i % letters.length])
    await page.waitForFunction((count) => window.__latency.samples.length >= count, i + 1, {
      timeout: 30_000,
      polling: 'raf'
    })
  }
  const { samples, renderMs } = await page.evaluate(() => window.__latency)
  return { samples: samples.slice(warmUp), renderMs: renderMs.slice(warmUp) }
}

/** markdown-it alone on the same text, timed inside a blank page of the same browser. */
async function measureFloor(context, text, runs) {
  const page = await context.newPage()
  await page.goto('about:blank')
  await page.addScriptTag({
    path: join(root, 'node_modules', 'markdown-it', 'dist', 'browser', 'markdown-it.umd.min.js')
  })
  const samples = await page.evaluate(
    ({ text, runs }) => {
      const md = window.markdownit({ html: true, linkify: true, typographer: false })
      const times = []
      for (let i = 0; i < 5 + runs; i += 1) {
        const source = `${text}${'x'.repeat(i + 1)}`
        const start = performance.now()
        md.render(source)
        if (i >= 5) times.push(performance.now() - start)
      }
      return times
    },
    { text, runs }
  )
  await page.close()
  return samples
}

async function main() {
  const temp = await mkdtemp(join(tmpdir(), 'postcloud-preview-bench-'))
  const folder = join(temp, 'posts')
  const posts = sizes.map((kib, index) => {
    const text = generateReport(kib * KiB, 20251210 + index)
    const id = `_posts/2025-12-10-bench-${kib}k.md`
    mkdirSync(join(folder, '_posts'), { recursive: true })
    writeFileSync(join(folder, id), text)
    return { kib, id, text }
  })
  writeFileSync(join(folder, '_config.yml'), 'title: bench\n')

  // One host and data folder per post: the unsaved text a closed window leaves behind is offered
  // back to the next window (crash recovery), and its dialog would sit over the next post.
  const hosts = []
  const browser = await chromium.launch({
    executablePath: findSystemChromium() ?? undefined,
    args: chromiumArgs
  })
  const results = []
  let failed = false
  try {
    for (const post of posts) {
      const host = await startHost(folder, join(temp, `data-${post.kib}`))
      hosts.push(host)
      const context = await browser.newContext({
        viewport: { width: 1600, height: 1000 },
        locale: 'en-US'
      })
      const page = await context.newPage()
      const { samples, renderMs } = await measureKeystrokes(page, host.url, post.id)
      await page.close()
      const floor = await measureFloor(context, post.text, keys)
      await context.close()
      const target = targets[post.kib] ?? null
      const result = {
        size: `${post.kib} KiB`,
        bytes: Buffer.byteLength(post.text),
        keystrokes: samples.length,
        medianMs: median(samples),
        p95Ms: quantile(samples, 0.95),
        maxMs: Math.max(...samples),
        appRenderMedianMs: median(renderMs),
        floorMedianMs: median(floor),
        floorP95Ms: quantile(floor, 0.95),
        targetMs: target
      }
      result.ratioToFloor = result.medianMs / result.floorMedianMs
      result.pass = target === null ? null : result.medianMs < target
      if (result.pass === false) failed = true
      results.push(result)
      const verdict =
        target === null
          ? 'no target'
          : `${result.pass ? 'PASS' : 'FAIL'} (target median < ${target} ms)`
      console.log(
        `${result.size} (${result.bytes} bytes), ${result.keystrokes} keystrokes: keydown -> preview rendered ` +
          `median ${result.medianMs.toFixed(1)} ms, p95 ${result.p95Ms.toFixed(1)} ms, max ${result.maxMs.toFixed(1)} ms; ` +
          `preview's own data-render-ms median ${result.appRenderMedianMs.toFixed(1)} ms; ` +
          `markdown-it alone median ${result.floorMedianMs.toFixed(1)} ms (p95 ${result.floorP95Ms.toFixed(1)}); ` +
          `ratio ${result.ratioToFloor.toFixed(2)}x the floor — ${verdict}`
      )
    }
  } finally {
    await browser.close()
    for (const host of hosts) {
      host.child.kill('SIGTERM')
      await new Promise((done) => host.child.once('exit', done))
    }
    await rm(temp, { recursive: true, force: true })
  }
  const resultsDir = join(root, 'bench', '.results')
  mkdirSync(resultsDir, { recursive: true })
  writeFileSync(join(resultsDir, 'preview-latency.json'), `${JSON.stringify(results, null, 2)}\n`)
  console.log(failed ? 'preview latency: FAIL' : 'preview latency: PASS')
  process.exitCode = failed ? 1 : 0
}

await main()
