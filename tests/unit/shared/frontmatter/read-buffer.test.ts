import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseFrontMatter } from '@core/frontmatter'
import type { FrontMatterMap } from '@shared/post'
import { readFrontMatter } from '@shared/frontmatter/read-buffer'
import type { BufferFrontMatter } from '@shared/frontmatter/read-buffer'

const fixtures = fileURLToPath(new URL('../../../fixtures/posts', import.meta.url))
const samples = fileURLToPath(new URL('../../../../resources/sample-posts/_posts', import.meta.url))
const read = (folder: string, name: string): string =>
  readFileSync(join(folder, name), 'utf8').replace(/^\ufeff/, '')

function asMap(read: BufferFrontMatter): FrontMatterMap {
  const map: FrontMatterMap = {}
  for (const { key, value } of read.entries) {
    Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true })
  }
  return map
}

describe('the form reads a buffer as the back end reads the file', () => {
  const files = [
    ...readdirSync(fixtures)
      .filter((name) => /\.(md|markdown)$/.test(name))
      .map((name) => [fixtures, name]),
    ...readdirSync(samples).map((name) => [samples, name])
  ]
  it.each(files)('%s/%s', (folder, name) => {
    const text = read(folder, name)
    const form = readFrontMatter(text)
    const core = parseFrontMatter(text)
    expect(form.status).toBe(core.status)
    if (core.status === 'ok') expect(asMap(form)).toEqual(core.data)
    else expect(form.entries).toEqual([])
    if (core.problem?.line !== undefined) expect(form.problem?.line).toBe(core.problem.line)
  })
})

describe('readFrontMatter', () => {
  it.each<[string, string, BufferFrontMatter['status'], number?, number?]>([
    ['no block', '# 标题\n正文', 'none'],
    ['a rule that never closes', '---\n正文\n', 'unclosed', 1],
    ['---js', '---js\n{ title: "x" }\n---\n', 'refused', 1],
    ['---yaml', '---yaml\ntitle: x\n---\n', 'ok'],
    ['an empty block', '---\n---\n正文', 'ok'],
    ['a list', '---\n- a\n- b\n---\n', 'invalid', 2],
    ['a scalar', '---\njust text\n---\n', 'invalid', 2],
    ['duplicate keys', '---\ntitle: a\ntitle: b\n---\n', 'invalid', 3, 1],
    ['the same key as number and text', '---\n1: a\n"1": b\n---\n', 'invalid', 2],
    ['a bad flow list', '---\ntitle: ok\ntags: [a, b\n---\n', 'invalid'],
    ['CRLF', '---\r\ntitle: x\r\n---\r\n正文\r\n', 'ok'],
    ['a BOM', '\ufeff---\ntitle: x\n---\n', 'ok'],
    ['merge keys are not merged', '---\nbase: &b {a: 1}\nx:\n  <<: *b\n---\n', 'ok'],
    ['eleven aliases', `---\na: &a 1\nb: [${Array(11).fill('*a').join(', ')}]\n---\n`, 'invalid'],
    ['three aliases', `---\na: &a 1\nb: [${Array(3).fill('*a').join(', ')}]\n---\n`, 'ok']
  ])('%s', (_name, text, status, line, column) => {
    const read = readFrontMatter(text)
    expect(read.status).toBe(status)
    if (line !== undefined) expect(read.problem?.line).toBe(line)
    if (column !== undefined) expect(read.problem?.column).toBe(column)
    if (status !== 'ok' && status !== 'none') expect(read.problem?.message).toBeTruthy()
  })

  it('keeps the key order of the file, numeric keys included', () => {
    const read = readFrontMatter('---\ntitle: x\n2025: year\ndate: 2025-11-11\n---\n')
    expect(read.entries.map((entry) => entry.key)).toEqual(['title', '2025', 'date'])
  })

  it('keeps dates as written and long numbers as text', () => {
    const read = readFrontMatter(
      '---\ndate: 2025-11-11 15:33:03 +0800\nid: 12345678901234567890\nn: 0123\nx: .inf\n---\n'
    )
    expect(asMap(read)).toEqual({
      date: '2025-11-11 15:33:03 +0800',
      id: '12345678901234567890',
      n: 123,
      x: '.inf'
    })
  })

  it('never touches a prototype', () => {
    const read = readFrontMatter(
      '---\n__proto__:\n  polluted: yes\nnested: {__proto__: {a: 1}}\n---\n'
    )
    expect(read.entries.map((entry) => entry.key)).toEqual(['__proto__', 'nested'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    const nested = read.entries[1].value as FrontMatterMap
    expect(Object.keys(nested)).toEqual(['__proto__'])
    expect(Object.getPrototypeOf(nested)).toBe(Object.prototype)
  })

  it('reads a custom tag as plain text and evaluates nothing', () => {
    const read = readFrontMatter('---\ntitle: !js "globalThis.pwned = 1"\n---\n')
    expect(read.status).toBe('ok')
    expect(read.entries[0].value).toBe('globalThis.pwned = 1')
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined()
  })

  it('survives deep nesting', () => {
    const read = readFrontMatter(`---\na: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n---\n`)
    expect(['ok', 'invalid']).toContain(read.status)
  })
})
