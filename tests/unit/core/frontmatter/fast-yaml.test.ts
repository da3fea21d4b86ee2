import { parseDocument } from 'yaml'
import { describe, expect, it } from 'vitest'
import { parseSimpleYaml } from '@core/frontmatter/fast-yaml'
import { toFrontMatterValue } from '@core/frontmatter/json-safe'
import { parseOptions, toJsOptions } from '@shared/frontmatter/yaml-options'

/** What the full parser makes of a block, or 'error'. */
function full(content: string): unknown {
  const doc = parseDocument(content, parseOptions)
  if (doc.errors.length > 0) return 'error'
  return toFrontMatterValue(doc.toJS(toJsOptions) ?? {})
}

// Every value here is tried after `key: `; the fast path must either decline or agree exactly.
const values = [
  '',
  'post',
  '"quoted"',
  "'single'",
  '"with: colon"',
  '"with # hash"',
  "'it''s'",
  '"esc \\" q"',
  '"tab\\tescape"',
  '2025-11-11 15:33:03 +0800',
  '2025-11-11',
  '2025-11-11T15:33:03+08:00',
  '0123',
  '0o17',
  '0x1F',
  '0x',
  '12345678901234567890',
  '-5',
  '+5',
  '1.5',
  '1.',
  '.5',
  '1e5',
  '1E-3',
  '.inf',
  '-.inf',
  '.NaN',
  'true',
  'True',
  'TRUE',
  'tRue',
  'yes',
  'no',
  'on',
  'off',
  '~',
  'null',
  'NULL',
  'Null',
  'nUll',
  '[]',
  '[a, b]',
  '[日报, AI]',
  '[ a , b ]',
  '[a b, c]',
  '[1, 2.5, true, null]',
  '[a, ]',
  '[a,, b]',
  '["a", b]',
  '[a: b]',
  '[a, [b]]',
  '[-1]',
  '{a: 1}',
  'a, b',
  'a:b',
  'a: b',
  'a #b',
  'a#b',
  'value:',
  'http://example.org/a?b=c',
  'AI 推特日报：多模态与智能体的一天',
  '多模态 成为 默认配置',
  '&anchor x',
  '*alias',
  '!tag x',
  '|',
  '>',
  '%x',
  '@x',
  '`x`',
  '? x',
  '- x',
  ': x',
  'x ',
  '"unterminated',
  "'unterminated",
  '"a"b"',
  'x\u00a0y',
  'full，width：标点',
  '"中文 “引号”"',
  '1_000',
  '0b101',
  '1:30',
  '12:30:00',
  '+.inf',
  '"\u0085"'
]
const keys = ['title', 'a-b', 'a_b', '_x', 'null', 'true', 'True', '__proto__', 'x1', 'Title']

describe('parseSimpleYaml agrees with the yaml package', () => {
  it.each(values)('value %j', (value) => {
    const content = `title: ${value}\n`.replace(/: \n$/, ':\n')
    const fast = parseSimpleYaml(content)
    if (fast !== null) expect(fast).toEqual(full(content))
  })

  it.each(keys)('key %j', (key) => {
    const content = `${key}: v\nother: 1\n`
    const fast = parseSimpleYaml(content)
    if (fast !== null) expect(fast).toEqual(full(content))
  })

  it('takes the common front matter of a report post', () => {
    const content = [
      'layout: post',
      'title: "AI 推特日报：多模态与智能体的一天"',
      'date: "2025-11-11 15:33:03 +0800"',
      'posttime: 2025-11-11 15:33:03 +0800',
      'categories: [日报, AI]',
      'tags: [大模型, 多模态, Agent]',
      'published: false',
      '# a comment line',
      '',
      'order: 3'
    ].join('\r\n')
    const fast = parseSimpleYaml(content)
    expect(fast).not.toBeNull()
    expect(fast).toEqual(full(content))
  })

  const blocks = [
    'tags:\n  - a\n  - b\nnext: 1\n',
    'tags:\n- a\n- "b c"\n',
    'tags:\r\n  - 日报\r\n  - 0123\r\n',
    'tags:\n  -   spaced\n  - [x, y]\n',
    'tags:\n  - a\n\n  - b\n',
    'tags:\n  - a\n # c\n  - b\n',
    'tags:\n  - a\n   - b\n',
    'tags:\n  - a\n    more\n',
    'tags:\n  - a: b\n',
    'tags:\n  -\n',
    'tags:\n  - - a\n',
    'tags:\n  - a\n  b: 1\n',
    'a:\n\n  - x\n'
  ]
  it.each(blocks)('block list %j', (content) => {
    const fast = parseSimpleYaml(content)
    if (fast !== null) expect(fast).toEqual(full(content))
  })

  it('takes block lists of simple items', () => {
    expect(parseSimpleYaml('tags:\n  - a\n  - b\nnext: 1\n')).toEqual({ tags: ['a', 'b'], next: 1 })
  })

  it.each([
    ['duplicate keys', 'a: 1\na: 2\n'],
    ['nested block', 'a:\n  b: 1\n'],
    ['comment after a value', 'a: 1 # c\n'],
    ['indented line', ' a: 1\n'],
    ['lone CR', 'a: 1\rb: 2\n'],
    ['tab', 'a:\t1\n'],
    ['document marker', '--- x\n'],
    ['directive', '%YAML 1.2\n']
  ])('declines %s', (_label, content) => {
    expect(parseSimpleYaml(content)).toBeNull()
  })
})
