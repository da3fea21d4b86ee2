#!/usr/bin/env node
/**
 * `postcloud preview --all` on a generated Jekyll site of 100 report posts: the wall time of the
 * whole command (start-up, site model, Sass, Liquid, kramdown, layouts, writing the pages), one
 * warm-up run then three timed ones, each into a fresh output folder. Target: median under 5 s.
 *
 *   npm run build && node bench/site-preview-all.mjs [--posts 100] [--runs 3] [--keep]
 *
 * This module also exports `generateSite`, the generated site the other Site view benchmarks use
 * (bench/site-latency.mjs, bench/site-model.ts): a theme of its own with layouts `default` and
 * `post`, includes `head`, `header`, `footer` and `post-list` (every post of `site.posts` with its
 * title, date and excerpt, on the home page and beside every post), `_data/`, and a Sass
 * stylesheet with partials in `_sass/`. The posts are Chinese report prose built from the sample
 * posts' sentences with a seeded generator, so every run sees the same bytes.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { seededRandom } from './seeded-random.mjs'
import { sampleSentences } from './sample-sentences.mjs'
import { median } from './stats.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const targetMs = 5000

const categories = ['日报', '周报', '月报']
const topics = ['AI', '开源', '宏观', '新能源', '阅读']
const tagPool = [
  '大模型',
  '多模态',
  'Agent',
  '社区',
  '许可证',
  '利率',
  '汇率',
  '电池',
  '充电',
  '笔记'
]

const files = {
  '_config.yml': [
    'title: "站点预览基准"',
    'description: "生成的报告站点：用于测量 Site 视图的速度。"',
    'baseurl: "/reports"',
    'url: "https://example.org"',
    'timezone: Asia/Shanghai',
    'permalink: /:categories/:year/:month/:day/:title/',
    'markdown: kramdown',
    'kramdown:',
    '  input: GFM',
    'sass:',
    '  style: compressed',
    'defaults:',
    '  - scope:',
    '      path: ""',
    '      type: posts',
    '    values:',
    '      layout: post',
    '      author: 编辑部',
    'exclude:',
    '  - README.md',
    ''
  ].join('\n'),
  '_data/navigation.yml': [
    '- title: 首页',
    '  url: /',
    '- title: 关于',
    '  url: /about/',
    '- title: 归档',
    '  url: /archive/',
    ''
  ].join('\n'),
  '_layouts/default.html': [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '{% include head.html %}',
    '<body>',
    '{% include header.html %}',
    '<main class="page-content" aria-label="Content">',
    '  <div class="wrapper">',
    '{{ content }}',
    '  </div>',
    '</main>',
    '{% include footer.html %}',
    '</body>',
    '</html>',
    ''
  ].join('\n'),
  '_layouts/post.html': [
    '---',
    'layout: default',
    '---',
    '<div class="with-sidebar">',
    '<article class="post h-entry">',
    '  <header class="post-header">',
    '    <h1 class="post-title p-name">{{ page.title | escape }}</h1>',
    '    <p class="post-meta">',
    '      <time class="dt-published" datetime="{{ page.date | date_to_xmlschema }}">{{ page.date | date: "%Y-%m-%d %H:%M" }}</time>',
    '      {% if page.author %} · {{ page.author }}{% endif %}',
    '      {% if page.categories.size > 0 %} · {{ page.categories | join: " / " }}{% endif %}',
    '    </p>',
    '    {% if page.tags.size > 0 %}<ul class="tags">{% for tag in page.tags %}<li><a href="{{ "/tags/" | relative_url }}#{{ tag | slugify }}">{{ tag }}</a></li>{% endfor %}</ul>{% endif %}',
    '  </header>',
    '  <div class="post-content e-content">',
    '{{ content }}',
    '  </div>',
    '  <nav class="post-nav">',
    '    {% if page.previous %}<a class="prev" href="{{ page.previous.url | relative_url }}">← {{ page.previous.title }}</a>{% endif %}',
    '    {% if page.next %}<a class="next" href="{{ page.next.url | relative_url }}">{{ page.next.title }} →</a>{% endif %}',
    '  </nav>',
    '</article>',
    '<aside class="sidebar">',
    '  <h2>全部报告</h2>',
    '  {% include post-list.html posts=site.posts %}',
    '</aside>',
    '</div>',
    ''
  ].join('\n'),
  '_includes/head.html': [
    '<head>',
    '  <meta charset="utf-8">',
    '  <meta name="viewport" content="width=device-width, initial-scale=1">',
    '  <title>{% if page.title %}{{ page.title | escape }} | {% endif %}{{ site.title | escape }}</title>',
    '  <meta name="description" content="{{ page.excerpt | default: site.description | strip_html | normalize_whitespace | truncate: 160 | escape }}">',
    '  <link rel="stylesheet" href="{{ "/assets/css/main.css" | relative_url }}">',
    '  <link rel="canonical" href="{{ page.url | absolute_url }}">',
    '</head>',
    ''
  ].join('\n'),
  '_includes/header.html': [
    '<header class="site-header">',
    '  <div class="wrapper">',
    '    <a class="site-title" href="{{ "/" | relative_url }}">{{ site.title | escape }}</a>',
    '    <nav class="site-nav">',
    '      {% for item in site.data.navigation %}<a class="page-link" href="{{ item.url | relative_url }}">{{ item.title }}</a>{% endfor %}',
    '    </nav>',
    '  </div>',
    '</header>',
    ''
  ].join('\n'),
  '_includes/footer.html': [
    '<footer class="site-footer">',
    '  <div class="wrapper">',
    '    <p>{{ site.description | escape }}</p>',
    '    <p>共 {{ site.posts | size }} 篇报告 · © {{ site.time | date: "%Y" }} {{ site.title }}</p>',
    '  </div>',
    '</footer>',
    ''
  ].join('\n'),
  '_includes/post-list.html': [
    '<ul class="post-list">',
    '  {% for post in include.posts %}',
    '  <li{% if post.url == page.url %} class="current"{% endif %}>',
    '    <span class="post-meta">{{ post.date | date: "%Y-%m-%d" }}</span>',
    '    <h3><a class="post-link" href="{{ post.url | relative_url }}">{{ post.title | escape }}</a></h3>',
    '    <p class="excerpt">{{ post.excerpt | strip_html | truncate: 120 }}</p>',
    '  </li>',
    '  {% endfor %}',
    '</ul>',
    ''
  ].join('\n'),
  '_sass/_base.scss': [
    '$text-color: #222;',
    '$brand-color: #2a7ae2;',
    '$spacing: 16px;',
    '@mixin media($width) { @media screen and (max-width: $width) { @content; } }',
    'body { margin: 0; font: 16px/1.7 "Noto Sans SC", sans-serif; color: $text-color; }',
    'a { color: $brand-color; &:hover { color: #1756a9; } }',
    'table { border-collapse: collapse; td, th { border: 1px solid #ddd; padding: $spacing * 0.25; } }',
    'pre, code { font-family: monospace; background: #f6f8fa; }',
    ''
  ].join('\n'),
  '_sass/_layout.scss': [
    '.wrapper { max-width: 1100px; margin: 0 auto; padding: 0 $spacing; }',
    '.site-header { border-bottom: 1px solid #e8e8e8; .site-title { font-weight: 700; } .page-link { margin-left: $spacing; } }',
    '.with-sidebar { display: flex; gap: $spacing * 2; @include media(768px) { display: block; } }',
    '.post { flex: 3; } .sidebar { flex: 1; font-size: 14px; }',
    '.post-list { list-style: none; padding: 0; li.current { font-weight: 700; } .excerpt { color: #666; } }',
    '.tags li { display: inline-block; margin-right: $spacing * 0.5; }',
    '.site-footer { border-top: 1px solid #e8e8e8; color: #828282; }',
    ''
  ].join('\n'),
  'assets/css/main.scss': ['---', '---', '@import "base";', '@import "layout";', ''].join('\n'),
  'index.html': [
    '---',
    'layout: default',
    'title: 首页',
    '---',
    '<h1>最新报告</h1>',
    '{% include post-list.html posts=site.posts %}',
    ''
  ].join('\n'),
  'about.md': [
    '---',
    'layout: default',
    'title: 关于',
    'permalink: /about/',
    '---',
    '',
    '这是一个生成的报告站点，收录 {{ site.posts | size }} 篇报告。',
    ''
  ].join('\n'),
  'archive.html': [
    '---',
    'layout: default',
    'title: 归档',
    'permalink: /archive/',
    '---',
    '{% for post in site.posts %}<p><a href="{{ post.url | relative_url }}">{{ post.title }}</a></p>{% endfor %}',
    ''
  ].join('\n')
}

/**
 * A 20 KB-class Chinese report of about `bytes` bytes: sections each with a `##` and a `###`
 * heading, paragraphs, a bullet list with bold, a 5-row table, a fenced `js` block and a kramdown
 * IAL; its last paragraph is `本报告完`, where the latency benchmark types.
 */
function generateReport(bytes, random, sentences) {
  const pick = () => sentences[Math.floor(random() * sentences.length)]
  const paragraph = (count) => Array.from({ length: count }, pick).join('')
  const parts = [
    '---',
    'title: "站点预览基准报告"',
    'date: "2025-12-10 09:00:00 +0800"',
    'categories: [周报]',
    'tags: [基准, 预览]',
    '---',
    '',
    paragraph(2),
    '',
    '## 概要',
    '',
    paragraph(3),
    ''
  ]
  let size = Buffer.byteLength(parts.join('\n'))
  for (let section = 1; size < bytes - 40; section += 1) {
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
      '{: .note}',
      '',
      ...Array.from({ length: 4 }, () => `- **要点**：${pick()}`),
      '',
      '| 指标 | 本周 | 上周 | 变化 |',
      '|---|---:|---:|---:|',
      ...rows,
      '',
      `### 第 ${section} 部分的细节`,
      '',
      paragraph(2),
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
  parts.push('## 结尾', '', '本报告完')
  return `${parts.join('\n')}\n`
}

/** An ordinary post of about `bytes` bytes: a summary (the excerpt), then two or three sections. */
function generatePost(index, date, bytes, random, sentences) {
  const pick = (items) => items[Math.floor(random() * items.length)]
  const paragraph = (count) => Array.from({ length: count }, () => pick(sentences)).join('')
  const category = pick(categories)
  const topic = pick(topics)
  const tags = [pick(tagPool), pick(tagPool)].filter((tag, at, all) => all.indexOf(tag) === at)
  // A lead paragraph first: it is the post's excerpt (up to the first blank line).
  const body = [paragraph(2), '']
  for (let section = 1; Buffer.byteLength(body.join('\n')) < bytes; section += 1) {
    body.push(`## ${topic}观察 ${section}`, '', paragraph(2), '')
    if (random() < 0.5) body.push(...[1, 2, 3].map(() => `- ${pick(sentences)}`), '')
  }
  const stamp = date.toISOString()
  const text = [
    '---',
    `title: "${topic}${category} 第 ${index + 1} 期"`,
    `date: "${stamp.slice(0, 10)} ${stamp.slice(11, 19)} +0800"`,
    `categories: [${category}, ${topic}]`,
    `tags: [${tags.join(', ')}]`,
    '---',
    '',
    ...body
  ].join('\n')
  return { name: `_posts/${stamp.slice(0, 10)}-report-${index + 1}.md`, text }
}

/**
 * Writes the benchmark site into `folder` (created; must be empty or missing): the theme files
 * above, `posts` posts in all and, when `reportBytes` > 0, one of them the long report the
 * latency benchmark types into (`_posts/2025-12-10-site-bench.md`, dated after all the others).
 * @param {string} folder
 * @param {{ posts?: number, reportBytes?: number, postBytes?: [number, number], seed?: number }} [options]
 * @returns {{ reportId: string | null, reportText: string | null, posts: number, bytes: number }}
 */
export function generateSite(folder, options = {}) {
  const {
    posts = 100,
    reportBytes = 20 * 1024,
    postBytes = [1024, 2048],
    seed = 20251210
  } = options
  const random = seededRandom(seed)
  const sentences = sampleSentences()
  let bytes = 0
  const write = (name, text) => {
    mkdirSync(dirname(join(folder, name)), { recursive: true })
    writeFileSync(join(folder, name), text)
    bytes += Buffer.byteLength(text)
  }
  for (const [name, text] of Object.entries(files)) write(name, text)
  const ordinary = reportBytes > 0 ? posts - 1 : posts
  // Every 5 hours back from the report's date, so the report is the newest post.
  const newest = Date.UTC(2025, 11, 10, 1) - 5 * 3_600_000
  for (let i = 0; i < ordinary; i += 1) {
    const date = new Date(newest - (ordinary - 1 - i) * 5 * 3_600_000)
    const size = postBytes[0] + Math.floor(random() * (postBytes[1] - postBytes[0]))
    const post = generatePost(i, date, size, random, sentences)
    write(post.name, post.text)
  }
  if (reportBytes <= 0) return { reportId: null, reportText: null, posts: ordinary, bytes }
  const reportId = '_posts/2025-12-10-site-bench.md'
  const reportText = generateReport(reportBytes, random, sentences)
  write(reportId, reportText)
  return { reportId, reportText, posts, bytes }
}

// Preloaded into the command: on exit it prints its CPU time (every thread), which on a shared
// machine says what the work costs apart from waiting for a core.
const cpuReporter = `data:text/javascript,${encodeURIComponent(
  "process.on('exit', () => { const u = process.resourceUsage(); " +
    'process.stderr.write(`\\ncpu-ms ${(u.userCPUTime + u.systemCPUTime) / 1000}\\n`) })'
)}`

/** One `postcloud preview --all` into a fresh folder: wall ms, CPU ms and the command's JSON. */
function previewAll(folder, outDir) {
  const started = performance.now()
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      cpuReporter,
      join(root, 'bin', 'postcloud.js'),
      'preview',
      '--all',
      folder,
      '--out-dir',
      outDir,
      '--json'
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
  )
  const wallMs = performance.now() - started
  if (run.status !== 0) {
    throw new Error(`postcloud preview --all exited with ${run.status}:\n${run.stderr}`)
  }
  const cpu = /cpu-ms ([\d.]+)/.exec(run.stderr)
  return { wallMs, cpuMs: cpu ? Number(cpu[1]) : NaN, report: JSON.parse(run.stdout) }
}

async function main() {
  const { values } = parseArgs({
    options: {
      posts: { type: 'string', default: '100' },
      runs: { type: 'string', default: '3' },
      keep: { type: 'boolean', default: false }
    }
  })
  const count = Number(values.posts)
  const runs = Math.max(1, Number(values.runs))
  const temp = mkdtempSync(join(tmpdir(), 'postcloud-site-all-'))
  const folder = join(temp, 'site')
  try {
    const site = generateSite(folder, { posts: count })
    console.log(
      `site: ${site.posts} posts (one of ${Buffer.byteLength(site.reportText)} bytes), ` +
        `${(site.bytes / 1024).toFixed(0)} KiB in all, in ${folder}`
    )
    const runsDone = []
    for (let run = 0; run <= runs; run += 1) {
      const outDir = join(temp, `out-${run}`)
      const { wallMs, cpuMs, report } = previewAll(folder, outDir)
      const pages = report.posts.length
      const perPost = report.posts.map((post) => post.ms)
      const warnings = report.posts.reduce((sum, post) => sum + post.warnings.length, 0)
      const label = run === 0 ? 'warm-up' : `run ${run}`
      console.log(
        `${label}: wall ${wallMs.toFixed(0)} ms, in-process ${report.ms.toFixed(0)} ms, ` +
          `CPU ${cpuMs.toFixed(0)} ms, ` +
          `${pages} pages (per page median ${median(perPost).toFixed(1)} ms, ` +
          `max ${Math.max(...perPost).toFixed(1)} ms), ${warnings} warnings`
      )
      if (pages !== count) throw new Error(`expected ${count} pages, got ${pages}`)
      if (run > 0)
        runsDone.push({ wallMs, cpuMs, inProcessMs: report.ms, perPostMedianMs: median(perPost) })
      rmSync(outDir, { recursive: true, force: true })
    }
    const result = {
      posts: count,
      runs: runsDone,
      wallMedianMs: median(runsDone.map((run) => run.wallMs)),
      inProcessMedianMs: median(runsDone.map((run) => run.inProcessMs)),
      cpuMedianMs: median(runsDone.map((run) => run.cpuMs)),
      targetMs
    }
    result.pass = result.wallMedianMs < targetMs
    const resultsDir = join(root, 'bench', '.results')
    mkdirSync(resultsDir, { recursive: true })
    writeFileSync(join(resultsDir, 'site-preview-all.json'), `${JSON.stringify(result, null, 2)}\n`)
    console.log(
      `preview --all on ${count} posts: wall median ${result.wallMedianMs.toFixed(0)} ms ` +
        `(in-process ${result.inProcessMedianMs.toFixed(0)} ms, CPU ${result.cpuMedianMs.toFixed(0)} ms) ` +
        `over ${runs} runs, load average ${loadavg()[0].toFixed(1)} — ` +
        `${result.pass ? 'PASS' : 'FAIL'} (target median < ${targetMs} ms)`
    )
    process.exitCode = result.pass ? 0 : 1
  } finally {
    if (values.keep) console.log(`kept ${temp}`)
    else rmSync(temp, { recursive: true, force: true })
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main()
