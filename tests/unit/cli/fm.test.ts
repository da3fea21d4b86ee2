import { chmodSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseFrontMatter } from '@core/frontmatter'
import type { FrontMatterValue } from '@shared/post'
import { copyFixtures, postcloud } from './cli-run'

/**
 * `postcloud fm get|set` run in-process on copies of tests/fixtures/lint: a hand-written YAML
 * block (comments, odd spacing and quoting, `+0800` dates, `0123`, an integer key, block and flow
 * lists, a folded string, no final newline) and a CRLF post with a BOM.
 */

let fixtures: ReturnType<typeof copyFixtures>
let odd: string
let crlf: string
let minimal: string

beforeEach(() => {
  fixtures = copyFixtures()
  odd = join(fixtures.fm, 'odd-yaml.md')
  crlf = join(fixtures.site, '_posts/2025-11-20-crlf-bom.md')
  minimal = join(fixtures.fm, 'minimal.md')
})
afterEach(() => fixtures.remove())

/** The file's bytes with one piece of text replaced (which must be there exactly once). */
function replaced(before: Buffer, from: string, to: string): Buffer {
  const text = before.toString('latin1')
  const at = text.indexOf(latin1(from))
  expect(at).toBeGreaterThanOrEqual(0)
  expect(text.indexOf(latin1(from), at + 1)).toBe(-1)
  return Buffer.from(
    text.slice(0, at) + latin1(to) + text.slice(at + latin1(from).length),
    'latin1'
  )
}

function latin1(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1')
}

function frontMatterOf(path: string): Record<string, FrontMatterValue> {
  const parsed = parseFrontMatter(readFileSync(path, 'utf8').replace(/^\ufeff/, ''))
  expect(parsed.status).toBe('ok')
  return parsed.data ?? {}
}

describe('postcloud fm get', () => {
  it('prints the whole front matter as pretty JSON, keys in the order of the file', async () => {
    const run = await postcloud('fm', 'get', odd)
    expect(run).toMatchObject({ code: 0, stderr: '' })
    // The integer-like key stays where it is written (a JavaScript object would list it first).
    expect(run.stdout).toBe(
      `${JSON.stringify(
        {
          title: '周报：第 45 周',
          date: '2025-11-11 15:33:03 +0800',
          updated: '2025-11-12T09:00:00+08:00',
          id: 123,
          draft: false,
          tags: ['日报', 'AI'],
          categories: ['周报', '技术'],
          summary: '一段折叠的 摘要文字',
          nested: { source: '微信', weight: 1.5 }
        },
        null,
        2
      ).replace('"id": 123,\n', '"id": 123,\n  "2024": "去年的回顾",\n')}\n`
    )
  })

  it('prints one value: a string as it is, anything else as JSON', async () => {
    const cases: [string, string][] = [
      ['title', '周报：第 45 周\n'],
      ['date', '2025-11-11 15:33:03 +0800\n'],
      ['id', '123\n'],
      ['draft', 'false\n'],
      ['tags', '[\n  "日报",\n  "AI"\n]\n'],
      ['nested', '{\n  "source": "微信",\n  "weight": 1.5\n}\n'],
      ['2024', '去年的回顾\n']
    ]
    for (const [key, expected] of cases) {
      expect(await postcloud('fm', 'get', odd, key)).toEqual({
        code: 0,
        stdout: expected,
        stderr: ''
      })
    }
  })

  it('reads a CRLF post with a BOM, and a post without front matter as {}', async () => {
    expect((await postcloud('fm', 'get', crlf, 'title')).stdout).toBe('CRLF 与 BOM 的周报\n')
    expect((await postcloud('fm', 'get', join(fixtures.fm, 'no-front-matter.md'))).stdout).toBe(
      '{}\n'
    )
  })

  it('exits 1 for a missing key, naming it', async () => {
    const run = await postcloud('fm', 'get', odd, 'subtitle')
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('has no front matter key "subtitle"')
  })

  it('exits 1 with the reason, line and column for front matter it cannot read', async () => {
    const posts: [string, string][] = [
      [
        '2025-11-13-unclosed.md',
        'is never closed, so the file is read as body text (line 1, column 1)'
      ],
      [
        '2025-11-14-invalid-yaml.md',
        'must be sufficiently indented and end with a ] (line 5, column 1)'
      ],
      ['2025-11-15-duplicate-keys.md', 'Map keys must be unique (line 6, column 1)'],
      [
        '2025-11-16-js-front-matter.md',
        'is not YAML; Postcloud never evaluates it (line 1, column 1)'
      ]
    ]
    for (const [name, reason] of posts) {
      const run = await postcloud('fm', 'get', join(fixtures.site, '_posts', name))
      expect(run.code).toBe(1)
      expect(run.stdout).toBe('')
      expect(run.stderr).toContain('the front matter cannot be read')
      expect(run.stderr).toContain(reason)
    }
  })

  it('exits 1 for a file that is not there, 2 for a usage mistake', async () => {
    expect((await postcloud('fm', 'get', join(fixtures.fm, 'nope.md'))).code).toBe(1)
    expect((await postcloud('fm', 'get')).code).toBe(2)
    expect((await postcloud('fm', 'get', odd, 'a', 'b')).code).toBe(2)
    expect((await postcloud('fm')).code).toBe(2)
    expect((await postcloud('fm', 'move', odd)).code).toBe(2)
    const help = await postcloud('fm', '--help')
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: postcloud fm get')
  })
})

describe('postcloud fm set', () => {
  it('changes only the value of the key, keeping its quoting, spacing and comment', async () => {
    const before = readFileSync(odd)
    const run = await postcloud('fm', 'set', odd, 'title=第 46 周')
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' })
    expect(readFileSync(odd)).toEqual(
      replaced(before, "title:   '周报：第 45 周'   #", "title:   '第 46 周'   #")
    )
  })

  it('edits several keys at once: each line alone, a block list stays a block list, new keys go last', async () => {
    const before = readFileSync(odd)
    const run = await postcloud('fm', 'set', odd, 'draft=true', 'tags=[周报, AI]', 'count=3')
    expect(run.code).toBe(0)
    let expected = replaced(before, 'draft: false\n', 'draft: true\n')
    expected = replaced(expected, '    - "日报"\n    - AI\n', '    - "周报"\n    - "AI"\n')
    expected = replaced(expected, '  weight: 1.5\n---', '  weight: 1.5\ncount: 3\n---')
    expect(readFileSync(odd)).toEqual(expected)
  })

  it('keeps the BOM, the CRLF line endings and the date style of a CRLF post', async () => {
    const before = readFileSync(crlf)
    const run = await postcloud('fm', 'set', crlf, 'title=新标题', 'date=2025-11-21 08:00:00 +0800')
    expect(run.code).toBe(0)
    const expected = replaced(
      replaced(before, "title: 'CRLF 与 BOM 的周报'\r\n", "title: '新标题'\r\n"),
      'date: "2025-11-20T08:00:00+08:00"\r\n',
      'date: "2025-11-21 08:00:00 +0800"\r\n'
    )
    expect(readFileSync(crlf)).toEqual(expected)
    expect(readFileSync(crlf).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
  })

  it('types values as the post YAML reads them; --string keeps the text', async () => {
    const cases: [string[], string, FrontMatterValue][] = [
      [['draft=true'], 'draft', true],
      [['count=3'], 'count', 3],
      [['ratio=1.50'], 'ratio', 1.5],
      [['code=0123'], 'code', 123],
      [['title=你好'], 'title', '你好'],
      [['date=2025-11-11 15:33:03 +0800'], 'date', '2025-11-11 15:33:03 +0800'],
      [['tags=[日报, AI]'], 'tags', ['日报', 'AI']],
      [['quoted="3"'], 'quoted', '3'],
      [['note=a #b'], 'note', 'a #b'],
      [['pair=a: b'], 'pair', 'a: b'],
      [['subtitle='], 'subtitle', ''],
      [['draft=true', '--string'], 'draft', 'true'],
      [['--string', 'count=0123'], 'count', '0123']
    ]
    for (const [args, key, value] of cases) {
      writeFileSync(minimal, '---\ntitle: 一行\n---\n')
      const run = await postcloud('fm', 'set', minimal, ...args)
      expect(run.code, args.join(' ')).toBe(0)
      expect(frontMatterOf(minimal)[key], args.join(' ')).toEqual(value)
    }
  })

  it('removes a key with --unset, and leaves the file alone when nothing changes', async () => {
    const before = readFileSync(odd)
    expect((await postcloud('fm', 'set', odd, '--unset', 'draft')).code).toBe(0)
    expect(readFileSync(odd)).toEqual(replaced(before, 'draft: false\n', ''))

    const after = readFileSync(odd)
    const mtime = statSync(odd).mtimeMs
    expect((await postcloud('fm', 'set', odd, '--unset', 'draft', 'id=123')).code).toBe(0)
    expect(readFileSync(odd)).toEqual(after)
    expect(statSync(odd).mtimeMs).toBe(mtime)
  })

  it('gives a post without front matter a block', async () => {
    const post = join(fixtures.fm, 'no-front-matter.md')
    const before = readFileSync(post, 'utf8')
    expect((await postcloud('fm', 'set', post, 'title=有了标题')).code).toBe(0)
    expect(readFileSync(post, 'utf8')).toBe(`---\ntitle: "有了标题"\n---\n${before}`)
  })

  it('refuses front matter it cannot read, with line and column, and leaves the file untouched', async () => {
    for (const name of [
      '2025-11-13-unclosed.md',
      '2025-11-14-invalid-yaml.md',
      '2025-11-15-duplicate-keys.md',
      '2025-11-16-js-front-matter.md'
    ]) {
      const post = join(fixtures.site, '_posts', name)
      const before = readFileSync(post)
      const run = await postcloud('fm', 'set', post, 'title=x')
      expect(run.code, name).toBe(1)
      expect(run.stderr, name).toMatch(
        /the front matter cannot be read: .+ \(line \d+, column \d+\)/
      )
      expect(readFileSync(post), name).toEqual(before)
    }
  })

  it('refuses usage mistakes with exit status 2, the file untouched', async () => {
    const before = readFileSync(odd)
    const mistakes = [
      [odd],
      [odd, 'title'],
      [odd, '=x'],
      [odd, 'a=1', 'a=2'],
      [odd, 'draft=null'],
      [odd, 'draft=~'],
      [odd, '--nope', 'a=1']
    ]
    for (const args of mistakes) {
      const run = await postcloud('fm', 'set', ...args)
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.stderr).toContain('See postcloud fm --help.')
    }
    expect(readFileSync(odd)).toEqual(before)
  })

  it("keeps the file's mode, leaves no temp file, and writes through a symbolic link", async () => {
    chmodSync(odd, 0o640)
    expect((await postcloud('fm', 'set', odd, 'draft=true')).code).toBe(0)
    expect(statSync(odd).mode & 0o777).toBe(0o640)
    expect(readdirSync(fixtures.fm).sort()).toEqual([
      'minimal.md',
      'no-front-matter.md',
      'odd-yaml.md'
    ])

    const link = join(fixtures.temp, 'link.md')
    symlinkSync(odd, link)
    expect((await postcloud('fm', 'set', link, 'draft=false')).code).toBe(0)
    expect(frontMatterOf(odd).draft).toBe(false)
    expect(readFileSync(link, 'utf8')).toBe(readFileSync(odd, 'utf8'))
  })

  it('refuses a read-only post with exit status 1', async () => {
    const before = readFileSync(odd)
    chmodSync(odd, 0o444)
    const run = await postcloud('fm', 'set', odd, 'draft=true')
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('read-only')
    expect(readFileSync(odd)).toEqual(before)
    expect(statSync(odd).mode & 0o777).toBe(0o444)
  })
})
