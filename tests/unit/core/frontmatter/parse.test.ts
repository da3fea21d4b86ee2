import { spawnSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runInNewContext } from 'node:vm'
import matter from 'gray-matter'
import { afterEach, describe, expect, it } from 'vitest'
import { parseFrontMatter } from '@core/frontmatter'
import { parseYamlWithGrayMatter } from '@core/frontmatter/gray'
import { parseSimpleBlock } from '@core/frontmatter/yaml-block'
import type { FrontMatterStatus } from '@shared/post'

const fixtures = fileURLToPath(new URL('../../../fixtures/posts', import.meta.url))
const fixture = (name: string): string =>
  readFileSync(join(fixtures, name), 'utf8').replace(/^\ufeff/, '')

declare global {
  var __postcloudPwned: string | undefined
}

afterEach(() => {
  delete globalThis.__postcloudPwned
})

describe('parseFrontMatter on fixture posts', () => {
  const cases: Array<{ name: string; status: FrontMatterStatus; bodyLine: number; line?: number }> =
    [
      { name: '2025-11-11-normal-report.md', status: 'ok', bodyLine: 12 },
      { name: 'bom.md', status: 'ok', bodyLine: 4 },
      { name: 'crlf.md', status: 'ok', bodyLine: 5 },
      { name: 'mixed-endings.md', status: 'ok', bodyLine: 4 },
      { name: 'no-front-matter.md', status: 'none', bodyLine: 0 },
      { name: 'unclosed.md', status: 'unclosed', bodyLine: 0, line: 1 },
      { name: 'invalid-yaml.md', status: 'invalid', bodyLine: 5, line: 5 },
      { name: 'duplicate-keys.md', status: 'invalid', bodyLine: 5, line: 4 },
      { name: 'alias-bomb.md', status: 'invalid', bodyLine: 11 },
      { name: 'proto.md', status: 'ok', bodyLine: 8 },
      { name: 'js-fence.md', status: 'refused', bodyLine: 3, line: 1 },
      { name: 'javascript-fence.md', status: 'refused', bodyLine: 3, line: 1 },
      { name: 'notes.markdown', status: 'ok', bodyLine: 4 }
    ]
  it.each(cases)(
    '$name is $status with the body at line $bodyLine',
    ({ name, status, bodyLine, line }) => {
      const text = fixture(name)
      const parsed = parseFrontMatter(text)
      expect(parsed.status).toBe(status)
      expect(parsed.bodyLine).toBe(bodyLine)
      expect(text.slice(parsed.blockEnd)).toBe(parsed.body)
      expect(text.split('\n').slice(bodyLine).join('\n')).toBe(parsed.body)
      if (status === 'ok') expect(parsed.data).not.toBeNull()
      else expect(parsed.data).toBeNull()
      if (line !== undefined) expect(parsed.problem?.line).toBe(line)
    }
  )

  it('keeps dates as the writer wrote them, quoted or not', () => {
    const { data } = parseFrontMatter(fixture('2025-11-11-normal-report.md'))
    expect(data).toEqual({
      layout: 'post',
      title: 'AI 推特日报：多模态与智能体的一天',
      date: '2025-11-11 15:33:03 +0800',
      posttime: '2025-11-11 15:33:03 +0800',
      categories: ['日报', 'AI'],
      tags: ['大模型', 'Agent'],
      summary: '多模态成为默认配置'
    })
  })

  it('reports a duplicate key at its line and column in the file', () => {
    const { problem } = parseFrontMatter(fixture('duplicate-keys.md'))
    expect(problem).toMatchObject({ line: 4, column: 1 })
    expect(problem?.message).toMatch(/unique/i)
  })

  it('treats a fence that never closes as body text', () => {
    const text = fixture('unclosed.md')
    const parsed = parseFrontMatter(text)
    expect(parsed.body).toBe(text)
    expect(parsed.problem?.message).toMatch(/never closed/)
  })

  it('stops an alias bomb fast and calls it invalid', () => {
    const started = performance.now()
    const parsed = parseFrontMatter(fixture('alias-bomb.md'))
    expect(performance.now() - started).toBeLessThan(200)
    expect(parsed.status).toBe('invalid')
    expect(parsed.problem?.message).toMatch(/alias/i)
  })

  it('keeps __proto__ an ordinary key and pollutes no prototype', () => {
    const { data } = parseFrontMatter(fixture('proto.md'))
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype)
    expect(Object.hasOwn(data ?? {}, '__proto__')).toBe(true)
    expect(Object.getOwnPropertyDescriptor(data, '__proto__')?.value).toEqual({
      polluted: 'yes-from-proto'
    })
    expect(JSON.parse(JSON.stringify(data)).constructor).toEqual({
      prototype: { polluted: 'yes-from-constructor' }
    })
  })

  it.each(['js-fence.md', 'javascript-fence.md'])('never evaluates %s', (name) => {
    const text = fixture(name)
    const parsed = parseFrontMatter(text)
    expect(parsed.status).toBe('refused')
    expect(parsed.problem?.message).toMatch(/never evaluates/)
    expect(globalThis.__postcloudPwned).toBeUndefined()
    // gray-matter, called the only allowed way (options, refusing engines), is refused too.
    const refuse = (): never => {
      throw new Error('refused')
    }
    expect(() => matter(text, { engines: { js: refuse, javascript: refuse } })).toThrow('refused')
    expect(globalThis.__postcloudPwned).toBeUndefined()
    // The payload is live: evaluated (in a throwaway context) it sets the global.
    const block = text.slice(text.indexOf('\n') + 1, text.indexOf('\n---'))
    const sandbox: Record<string, unknown> = {}
    runInNewContext(block, sandbox)
    expect(sandbox.__postcloudPwned).toBeDefined()
  })
})

describe('parseFrontMatter fences and values', () => {
  const statusCases: Array<[string, string, FrontMatterStatus]> = [
    ['plain fence', '---\na: 1\n---\nbody', 'ok'],
    ['yaml language', '---yaml\na: 1\n---\n', 'ok'],
    ['spaced yaml language and trailing spaces', '--- yaml  \na: 1\n---   \n', 'ok'],
    ['closing with ...', '---\na: 1\n...\nbody', 'ok'],
    ['CRLF fence', '---\r\na: 1\r\n---\r\nbody', 'ok'],
    ['empty block', '---\n---\nbody', 'ok'],
    ['comment-only block', '---\n# nothing\n---\n', 'ok'],
    ['closing fence at end of file', '---\na: 1\n---', 'ok'],
    ['four dashes are a rule', '----\na: 1\n---\n', 'none'],
    ['text before the fence', '\n---\na: 1\n---\n', 'none'],
    ['indented fence', ' ---\na: 1\n---\n', 'none'],
    ['only a rule', '---', 'unclosed'],
    ['rule then text', '---\ntext\n', 'unclosed'],
    ['a closing line with text is not a fence', '---\na: 1\n--- no\n', 'unclosed'],
    ['toml', '---toml\na = 1\n---\n', 'refused'],
    ['coffee', '---coffee\na: 1\n---\n', 'refused'],
    ['a list', '---\n- a\n- b\n---\n', 'invalid'],
    ['a scalar', '---\njust words\n---\n', 'invalid'],
    ['bad indentation', '---\na: 1\n  b: 2\n---\n', 'invalid'],
    ['unresolved alias', '---\na: *nope\n---\n', 'invalid'],
    ['tab indentation', '---\na:\n\t- b\n---\n', 'invalid']
  ]
  it.each(statusCases)('%s', (_label, text, status) => {
    expect(parseFrontMatter(text).status).toBe(status)
  })

  const valueCases: Array<[string, string, unknown]> = [
    ['unquoted date with zone', 'date: 2025-11-11 15:33:03 +0800', '2025-11-11 15:33:03 +0800'],
    ['ISO date', 'date: 2025-11-11T15:33:03+08:00', '2025-11-11T15:33:03+08:00'],
    ['plain day', 'date: 2025-11-11', '2025-11-11'],
    ['leading zero integer (YAML 1.2: decimal)', 'n: 0123', 123],
    ['octal 1.2 style', 'n: 0o17', 15],
    ['hex', 'n: 0x1F', 31],
    ['integer beyond 2^53 keeps its digits', 'n: 12345678901234567890', '12345678901234567890'],
    ['float', 'n: 1.50', 1.5],
    ['infinity', 'n: .inf', '.inf'],
    ['yes is a string in YAML 1.2', 'b: yes', 'yes'],
    ['true', 'b: True', true],
    ['null', 'v: ~', null],
    ['empty value', 'v:', null],
    ['space-separated tags stay one string', 'tags: a b c', 'a b c'],
    ['binary tag stays base64 text', 'b: !!binary aGVsbG8=', 'aGVsbG8='],
    ['set becomes a list', 's: !!set {a, b}', ['a', 'b']]
  ]
  it.each(valueCases)('%s', (_label, line, expected) => {
    const parsed = parseFrontMatter(`---\n${line}\n---\n`)
    expect(parsed.status).toBe('ok')
    expect(Object.values(parsed.data ?? {})[0]).toEqual(expected)
  })

  it('has no YAML 1.1 merge keys: `<<` is an ordinary key', () => {
    const parsed = parseFrontMatter('---\nbase: &b {x: 1}\nchild:\n  <<: *b\n---\n')
    expect(parsed.data).toEqual({ base: { x: 1 }, child: { '<<': { x: 1 } } })
  })

  it('survives nesting deep enough to overflow the parser', () => {
    const parsed = parseFrontMatter(`---\na: ${'['.repeat(20000)}${']'.repeat(20000)}\n---\nbody`)
    expect(parsed.status).toBe('invalid')
    expect(parsed.body).toBe('body')
  })

  it('returns JSON-safe data only', () => {
    const { data } = parseFrontMatter(
      '---\na: 2025-01-01\nb: [1, .nan, -.inf]\nc: {d: 1e400}\n---\n'
    )
    expect(JSON.parse(JSON.stringify(data))).toEqual(data)
    expect(data).toEqual({ a: '2025-01-01', b: [1, '.nan', '-.inf'], c: { d: '.inf' } })
  })

  it('points a syntax error at the file line, counting the fence', () => {
    const parsed = parseFrontMatter('---\ntitle: ok\nlayout: post\ntags: [a, b\n---\nbody\n')
    expect(parsed.status).toBe('invalid')
    expect(parsed.problem?.line).toBeGreaterThanOrEqual(4)
    expect(parsed.problem?.message).toMatch(/line \d+, column \d+/)
  })

  it('refuses an oversized block without parsing it', () => {
    const big = `---\n${'k: v\n'.repeat(250_000)}---\n`
    const parsed = parseFrontMatter(big)
    expect(parsed.status).toBe('invalid')
    expect(parsed.problem?.message).toMatch(/larger than/)
  })

  it('reports the body of a huge single-line post quickly', () => {
    const text = `---\ntitle: x\n---\n${'字'.repeat(5_000_000)}`
    const started = performance.now()
    expect(parseFrontMatter(text).body.length).toBe(5_000_000)
    expect(performance.now() - started).toBeLessThan(500)
  })
})

describe('front matter in the simple subset', () => {
  it('reads the same without gray-matter as through it, for every fixture post', () => {
    const blocks = readdirSync(fixtures)
      .map((name) => /^---\r?\n([\s\S]*?)\r?\n---/.exec(fixture(name))?.[1])
      .filter((block): block is string => block !== undefined)
    blocks.push(
      'layout: post\ntitle: "AI 日报"\ndate: 2025-11-11 15:33:03 +0800\ntags:\n  - ai\n',
      ''
    )
    let simple = 0
    for (const block of blocks) {
      const fast = parseSimpleBlock(block)
      if (fast === null) continue
      simple++
      expect(fast).toEqual(parseYamlWithGrayMatter(block, 2))
    }
    expect(simple).toBeGreaterThan(3)
  })

  it('loads neither gray-matter nor yaml until a block needs them', () => {
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'tests/fixtures/frontmatter-loads/parse-posts.ts'],
      { encoding: 'utf8', timeout: 15_000 }
    )
    expect(child.stderr).toBe('')
    expect(child.stdout).toBe('ok []\nok ["gray-matter","yaml"]\n')
  }, 20_000)
})
