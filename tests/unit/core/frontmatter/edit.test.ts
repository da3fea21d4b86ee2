import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseFrontMatter, setFrontMatterKeys } from '@core/frontmatter'
import { PostcloudError } from '@shared/errors'

const fixtures = fileURLToPath(new URL('../../../fixtures/posts', import.meta.url))
const fixture = (name: string): string =>
  readFileSync(join(fixtures, name), 'utf8').replace(/^\ufeff/, '')

/** Lines of `after` that differ from `before` (same line count assumed). */
function changedLines(before: string, after: string): string[] {
  const old = before.split('\n')
  return after.split('\n').filter((line, index) => line !== old[index])
}

function codeOf(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    return error instanceof PostcloudError ? error.code : String(error)
  }
  return 'no error'
}

describe('setFrontMatterKeys', () => {
  const report = fixture('2025-11-11-normal-report.md')

  it('changes only the title line, keeping comments, quoting, order and dates byte for byte', () => {
    const edited = setFrontMatterKeys(report, { title: '新标题："引号" 与 \\ 反斜杠' })
    expect(changedLines(report, edited)).toEqual(['title: "新标题：\\"引号\\" 与 \\\\ 反斜杠"'])
    expect(edited).toContain('# 日报的元数据：Postcloud 只改动被编辑的键\n')
    expect(edited).toContain('date: "2025-11-11 15:33:03 +0800"\n')
    expect(edited).toContain('posttime: 2025-11-11 15:33:03 +0800\n')
    expect(edited).toContain("  - 'Agent'\n")
    expect(edited.slice(edited.indexOf('\n---\n'))).toBe(report.slice(report.indexOf('\n---\n')))
    expect(parseFrontMatter(edited).data?.title).toBe('新标题："引号" 与 \\ 反斜杠')
  })

  const styleCases: Array<[string, string, string, string]> = [
    ['double stays double', 'title: "old"', 'new', 'title: "new"'],
    ['single stays single', "title: 'old'", "it's", "title: 'it''s'"],
    ['plain stays plain', 'title: old', 'new words', 'title: new words'],
    ['plain that would change meaning gets quotes', 'title: old', 'a: b', 'title: "a: b"'],
    ['plain number-like string gets quotes', 'title: old', '123', 'title: "123"'],
    ['trailing comment survives', 'title: "old"   # keep me', 'new', 'title: "new"   # keep me'],
    ['empty value filled', 'title:', 'new', 'title: "new"'],
    ['block list stays a block list', 'tags:\n  - a\n  - b', '', 'tags:\n  - x\n  - y z'],
    ['block list keeps its quoting', "tags:\n- 'a'", '', "tags:\n- 'x'\n- 'y z'"],
    [
      'block list keeps its comment line',
      'tags: # mine\n  - a',
      '',
      'tags: # mine\n  - x\n  - y z'
    ],
    ['flow list replaced in place', 'tags: [a, b]', '', 'tags: [x, y z]'],
    ['block scalar replaced', 'title: |\n  line one\n  line two', 'one', 'title: "one"'],
    ['newline in a value is escaped', 'title: old', 'a\nb', 'title: "a\\nb"']
  ]
  it.each(styleCases)('%s', (_label, line, value, expected) => {
    const text = `---\nlayout: post\n${line}\nafter: 1\n---\nbody\n`
    const key = line.split(':')[0]
    const newValue = key === 'tags' ? ['x', 'y z'] : value
    const edited = setFrontMatterKeys(text, { [key]: newValue })
    expect(edited).toBe(`---\nlayout: post\n${expected}\nafter: 1\n---\nbody\n`)
    expect(parseFrontMatter(edited).data?.[key]).toEqual(newValue)
  })

  it('adds new keys at the end of the block, strings double-quoted', () => {
    const edited = setFrontMatterKeys('---\ntitle: x\n---\nbody', {
      date: '2025-11-11 15:33:03 +0800',
      count: 3,
      draft: false,
      tags: ['日报', 'a, b'],
      'odd key': 'v',
      meta: { a: 1 }
    })
    expect(edited).toBe(
      '---\ntitle: x\ndate: "2025-11-11 15:33:03 +0800"\ncount: 3\ndraft: false\n' +
        'tags: [日报, "a, b"]\nodd key: "v"\nmeta: {a: 1}\n---\nbody'
    )
  })

  it('removes keys given undefined or null, with their nested lines', () => {
    const text = '---\na: 1\ntags:\n  - x\n  - y\nb: 2 # note\nc: 3\n---\n'
    expect(setFrontMatterKeys(text, { tags: undefined, b: null })).toBe('---\na: 1\nc: 3\n---\n')
    expect(setFrontMatterKeys(text, { missing: null })).toBe(text)
  })

  it('keeps CRLF line endings in the block and writes new lines with CRLF', () => {
    const text = fixture('crlf.md')
    const edited = setFrontMatterKeys(text, { title: 'new', layout: 'post' })
    expect(edited).toBe(
      text
        .replace('"Windows 换行"', '"new"')
        .replace('---\r\n\r\n', 'layout: "post"\r\n---\r\n\r\n')
    )
    expect(edited.replace(/\r\n/g, '')).not.toContain('\n')
  })

  it('returns the very same text when nothing changes', () => {
    expect(setFrontMatterKeys(report, { title: 'AI 推特日报：多模态与智能体的一天' })).toBe(report)
    expect(setFrontMatterKeys(report, { categories: ['日报', 'AI'] })).toBe(report)
    expect(setFrontMatterKeys(report, {})).toBe(report)
  })

  it('prepends a block to a file without front matter, in its line ending', () => {
    const text = fixture('no-front-matter.md')
    expect(setFrontMatterKeys(text, { title: '标题' })).toBe(`---\ntitle: "标题"\n---\n${text}`)
    expect(setFrontMatterKeys('line\r\nline', { a: 1 })).toBe('---\r\na: 1\r\n---\r\nline\r\nline')
    expect(setFrontMatterKeys('', { a: 'x' })).toBe('---\na: "x"\n---\n')
    expect(setFrontMatterKeys(text, { title: null })).toBe(text)
  })

  it.each([
    'unclosed.md',
    'invalid-yaml.md',
    'duplicate-keys.md',
    'alias-bomb.md',
    'js-fence.md',
    'javascript-fence.md'
  ])('refuses to edit %s', (name) => {
    expect(codeOf(() => setFrontMatterKeys(fixture(name), { title: 'x' }))).toBe('FRONT_MATTER')
  })

  it('refuses an edit that would change another key through an anchor', () => {
    const text = '---\na: &x hello\nb: *x\n---\n'
    expect(codeOf(() => setFrontMatterKeys(text, { a: 'bye' }))).toBe('FRONT_MATTER')
  })

  it('refuses a flow-mapping block and bad keys', () => {
    expect(codeOf(() => setFrontMatterKeys('---\n{a: 1}\n---\n', { a: 2 }))).toBe('FRONT_MATTER')
    expect(codeOf(() => setFrontMatterKeys('---\na: 1\n---\n', { 'x\ny': 2 }))).toBe(
      'INVALID_ARGUMENT'
    )
    expect(codeOf(() => setFrontMatterKeys('---\na: 1\n---\n', { '': 2 }))).toBe('INVALID_ARGUMENT')
  })

  it('edits a __proto__ block without polluting anything', () => {
    const changes = JSON.parse('{"title": "x", "__proto__": {"polluted": "via changes"}}')
    const edited = setFrontMatterKeys(fixture('proto.md'), changes)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(edited).toContain('__proto__: {polluted: via changes}\n')
    const data = parseFrontMatter(edited).data ?? {}
    expect(data.title).toBe('x')
    expect(Object.getOwnPropertyDescriptor(data, '__proto__')?.value).toEqual({
      polluted: 'via changes'
    })
  })

  it('round-trips awkward strings through every style', () => {
    const awkward = [
      '',
      ' lead',
      'trail ',
      '#x',
      '- x',
      'null',
      'true',
      '0123',
      '"',
      "'",
      '\\',
      '\t',
      'é\u2028x',
      '{a}',
      '[b]',
      '日报：AI'
    ]
    for (const style of ['"s"', "'s'", 's']) {
      for (const value of awkward) {
        const edited = setFrontMatterKeys(`---\nk: ${style}\n---\n`, { k: value })
        expect(parseFrontMatter(edited).data?.k).toBe(value)
      }
    }
  })
})
