import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readdir, readFile, realpath, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { stubCore } from '../unit/core/stub-core'
import { runCli } from './run-cli'

const built = existsSync(resolve('out/main/cli.js'))
if (!built)
  console.log('The CLI is not built (npm run build): the postcloud preview tests are skipped')

const fixtures = resolve('tests/fixtures/site-service')
const week45 = '_posts/weekly/2025-11-10-week-45.md'
const week46 = '_posts/weekly/2025-11-17-week-46.md'

interface Warning {
  file: string
  line: number | null
  message: string
}

interface Written {
  file: string
  url: string
  out: string
  layouts: string[]
  ms: number
  warnings: Warning[]
}

/** A fresh copy of fixture site `name` in its own temp folder, removed when the test ends. */
async function tempSite(name: string): Promise<string> {
  const temp = await realpath(await mkdtemp(join(tmpdir(), 'postcloud-cli-preview-')))
  onTestFinished(() => rm(temp, { recursive: true, force: true }))
  await cp(join(fixtures, name), join(temp, name), { recursive: true })
  return join(temp, name)
}

/** What the Site view shows for the saved post `id`, without its source-line attributes. */
async function siteView(root: string, id: string): Promise<string> {
  const core = stubCore(join(dirname(root), 'data'))
  onTestFinished(() => core.close())
  await core.openFolder(root)
  const page = await core.renderSitePage(id, await readFile(join(root, id), 'utf8'))
  if (page.kind !== 'page') throw new Error('expected a site page')
  expect(page.html).toContain('data-source-line')
  return page.html.replace(/ data-source-line="\d+"/g, '')
}

/** Every file under `dir`, relative to it, sorted. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort()
}

describe.skipIf(!built)('postcloud preview <post>', () => {
  it('writes the Site view’s page to --out and prints exactly the --json fields', async () => {
    const root = await tempSite('report')
    const out = join(dirname(root), 'out', 'week-45.html')
    // A relative --out is resolved against the working folder; the JSON gives it absolute.
    const run = await runCli(['preview', join(root, week45), '--out', relative('.', out), '--json'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout.endsWith('\n')).toBe(true)
    expect(run.stdout.trim().split('\n')).toHaveLength(1)
    const result = JSON.parse(run.stdout) as Written
    expect(Object.keys(result)).toEqual(['file', 'url', 'out', 'layouts', 'ms', 'warnings'])
    expect(result).toEqual({
      file: week45,
      url: '/weekly/2025/11/10/week-45/',
      out,
      layouts: ['post', 'default'],
      ms: expect.any(Number),
      warnings: []
    })
    const html = await readFile(out, 'utf8')
    expect(html).toBe(await siteView(root, week45))
    // The site's own URLs, not the asset route.
    expect(html).toContain('<link rel="stylesheet" href="/blog/assets/main.css">')
    expect(html).not.toContain('data-source-line')
  })

  it('prints the page on stdout without --out', async () => {
    const root = await tempSite('report')
    const run = await runCli(['preview', join(root, week46)])
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    expect(run.stdout).toBe(await siteView(root, week46))
    expect(run.stdout).toContain('<h1 class="post-title">第四十六周工作周报</h1>')
  })

  it('renders a draft given by its path', async () => {
    const root = await tempSite('report')
    const run = await runCli(['preview', join(root, '_drafts', 'monthly-summary.md')])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('<h1 class="post-title">十一月月度总结（草稿）</h1>')
  })

  it('exits 0 with warnings when an include is missing, and the rest renders', async () => {
    const root = await tempSite('report')
    const id = '_posts/2025-11-24-week-47.md'
    await writeFile(
      join(root, id),
      '---\nlayout: post\ntitle: 第四十七周工作周报\n---\n\n本周完成了命令行预览。\n\n{% include missing-snippet.html %}\n\n## 下周计划\n\n发布。\n'
    )
    const out = join(dirname(root), 'week-47.html')
    const run = await runCli(['preview', join(root, id), '--out', out, '--json'])
    expect(run.code).toBe(0)
    const result = JSON.parse(run.stdout) as Written
    expect(result.warnings).toHaveLength(1)
    expect(Object.keys(result.warnings[0])).toEqual(['file', 'line', 'message'])
    expect(result.warnings[0]).toMatchObject({ file: id, line: 8 })
    expect(result.warnings[0].message).toContain('missing-snippet.html')
    const html = await readFile(out, 'utf8')
    expect(html).toContain('<p>本周完成了命令行预览。</p>')
    expect(html).toContain('<h2 id="下周计划">下周计划</h2>')
    // Without --out, the page on stdout and the warning on stderr.
    const plain = await runCli(['preview', join(root, id)])
    expect(plain.code).toBe(0)
    expect(plain.stdout).toBe(html)
    expect(plain.stderr).toMatch(
      /^warning: _posts\/2025-11-24-week-47\.md:8: .*missing-snippet\.html/m
    )
  })

  it('exits 1 when the post cannot be rendered at all, writing nothing', async () => {
    const root = await tempSite('report')
    const out = join(dirname(root), 'page.html')
    const binary = '_posts/2025-11-20-binary.md'
    await writeFile(join(root, binary), Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00]))
    const unreadable = await runCli(['preview', join(root, binary), '--out', out, '--json'])
    expect(unreadable.code).toBe(1)
    expect(unreadable.stdout).toBe('')
    expect(unreadable.stderr).toMatch(/^postcloud preview: .*2025-11-20-binary\.md/m)
    const missing = await runCli(['preview', join(root, '_posts', 'no-such.md'), '--out', out])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/^postcloud preview: /m)
    const plainFolder = join(dirname(root), 'notes')
    await mkdir(plainFolder)
    await writeFile(join(plainFolder, '周记.md'), '# 周记\n')
    const notSite = await runCli(['preview', join(plainFolder, '周记.md'), '--out', out])
    expect(notSite.code).toBe(1)
    expect(existsSync(out)).toBe(false)
  })
})

describe.skipIf(!built)('postcloud preview --all', () => {
  it('writes every published post to DIR/<url>, drafts, unpublished and future left out', async () => {
    const root = await tempSite('report')
    await writeFile(
      join(root, '_posts', '2099-01-01-future-plan.md'),
      '---\nlayout: post\ntitle: 未来的计划\n---\n\n还没到发布日期。\n'
    )
    const outDir = join(dirname(root), '_site')
    const run = await runCli(['preview', '--all', root, '--out-dir', outDir, '--json'])
    expect(run.code).toBe(0)
    expect(run.stdout.trim().split('\n')).toHaveLength(1)
    const result = JSON.parse(run.stdout) as { posts: Written[]; ms: number }
    expect(Object.keys(result)).toEqual(['posts', 'ms'])
    expect(result.ms).toEqual(expect.any(Number))
    const byFile = new Map(result.posts.map((post) => [post.file, post]))
    expect([...byFile.keys()].sort()).toEqual([week45, week46])
    for (const post of result.posts) {
      expect(Object.keys(post)).toEqual(['file', 'url', 'out', 'layouts', 'ms', 'warnings'])
    }
    expect(byFile.get(week45)).toEqual({
      file: week45,
      url: '/weekly/2025/11/10/week-45/',
      out: join(outDir, 'weekly', '2025', '11', '10', 'week-45', 'index.html'),
      layouts: ['post', 'default'],
      ms: expect.any(Number),
      warnings: []
    })
    expect(await filesUnder(outDir)).toEqual([
      'weekly/2025/11/10/week-45/index.html',
      'weekly/2025/11/17/week-46/index.html'
    ])
    for (const id of [week45, week46]) {
      expect(await readFile(byFile.get(id)?.out ?? '', 'utf8')).toBe(await siteView(root, id))
    }
  })

  it('writes a .html URL to its own file name, Chinese names decoded, with warnings', async () => {
    const root = await tempSite('bare')
    await writeFile(
      join(root, '_posts', '2025-10-08-节后 复盘.md'),
      '---\nlayout: post\ntitle: 节后复盘\n---\n\n假期后的第一次复盘。\n'
    )
    const outDir = join(dirname(root), 'out')
    const run = await runCli(['preview', '--all', root, '--out-dir', outDir, '--json'])
    expect(run.code).toBe(0)
    const { posts } = JSON.parse(run.stdout) as { posts: Written[] }
    expect(posts.map((post) => post.url).sort()).toEqual([
      '/2025/10/01/national-day.html',
      '/2025/10/08/%E8%8A%82%E5%90%8E-%E5%A4%8D%E7%9B%98.html'
    ])
    expect(await filesUnder(outDir)).toEqual([
      '2025/10/01/national-day.html',
      '2025/10/08/节后-复盘.html'
    ])
    // No layouts and no theme: Postcloud's plain layout, said as a warning of each post.
    for (const post of posts) {
      expect(post.layouts).toEqual([])
      expect(post.warnings).toEqual([expect.objectContaining({ file: post.file, line: 1 })])
    }
    expect(await readFile(join(outDir, '2025/10/08/节后-复盘.html'), 'utf8')).toContain(
      '<p>假期后的第一次复盘。</p>'
    )
  })

  it('exits 1 when one post cannot be rendered, and still writes the others', async () => {
    const root = await tempSite('report')
    await writeFile(
      join(root, '_posts', '2025-11-20-binary.md'),
      Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00])
    )
    const outDir = join(dirname(root), 'out')
    const run = await runCli(['preview', '--all', root, '--out-dir', outDir, '--json'])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/2025-11-20-binary\.md/)
    const { posts } = JSON.parse(run.stdout) as { posts: Written[] }
    expect(posts.map((post) => post.file).sort()).toEqual([week45, week46])
    expect(await filesUnder(outDir)).toHaveLength(2)
  })

  it('files a broken post’s warning under that post only, and prints it once', async () => {
    const root = await tempSite('report')
    const bad = '_posts/2025-11-21-bad-yaml.md'
    await writeFile(join(root, bad), '---\nlayout: post\ntitle: [没有闭合\n---\n\n头信息坏了。\n')
    const outDir = join(dirname(root), 'out')
    const run = await runCli(['preview', '--all', root, '--out-dir', outDir, '--json'])
    expect(run.code).toBe(0)
    const { posts } = JSON.parse(run.stdout) as { posts: Written[] }
    const byFile = new Map(posts.map((post) => [post.file, post]))
    expect(byFile.get(bad)?.warnings).toEqual([expect.objectContaining({ file: bad })])
    // Week 45 and 46 render exactly as before: the other post's YAML is not their warning.
    expect(byFile.get(week45)?.warnings).toEqual([])
    expect(byFile.get(week46)?.warnings).toEqual([])
    const plain = await runCli(['preview', '--all', root, '--out-dir', join(dirname(root), 'o2')])
    expect(plain.code).toBe(0)
    expect(plain.stdout).toMatch(/^3 page\(s\) written in \d+ ms, 1 warning\(s\)\n$/)
    expect(plain.stderr.match(/^warning: _posts\/2025-11-21-bad-yaml\.md:/gm)).toHaveLength(1)
  })

  it('says how many pages it wrote without --json', async () => {
    const root = await tempSite('report')
    const outDir = join(dirname(root), 'out')
    const run = await runCli(['preview', '--all', root, '--out-dir', outDir])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^2 page\(s\) written in \d+ ms, 0 warning\(s\)\n$/)
  })

  it('exits 1 for a folder that does not exist', async () => {
    const root = await tempSite('report')
    const run = await runCli([
      'preview',
      '--all',
      join(root, 'no-such-folder'),
      '--out-dir',
      join(dirname(root), 'out')
    ])
    expect(run.code).toBe(1)
    expect(existsSync(join(dirname(root), 'out'))).toBe(false)
  })
})

describe.skipIf(!built)('postcloud preview usage errors', () => {
  it.each([
    ['--all without --out-dir', ['--all', 'tests/fixtures/site-service/report']],
    ['--json without --out', [`tests/fixtures/site-service/report/${week45}`, '--json']],
    ['--out-dir without --all', [`tests/fixtures/site-service/report/${week45}`, '--out-dir', 'x']],
    ['no post', []],
    [
      'two posts',
      [
        `tests/fixtures/site-service/report/${week45}`,
        `tests/fixtures/site-service/report/${week46}`
      ]
    ],
    ['an unknown option', [`tests/fixtures/site-service/report/${week45}`, '--bogus']]
  ])('exits 2 for %s, writing nothing to stdout', async (_name, args) => {
    const run = await runCli(['preview', ...args])
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/^postcloud preview: .*\nSee postcloud preview --help\.\n$/)
  })
})
