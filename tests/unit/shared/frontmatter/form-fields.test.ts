import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { FrontMatterValue } from '@shared/post'
import { editedValue, formField, formFields, splitListText } from '@shared/frontmatter/form-fields'
import type { FieldKind } from '@shared/frontmatter/form-fields'
import { readFrontMatter } from '@shared/frontmatter/read-buffer'

describe('formField picks an input for each key and value', () => {
  it.each<[string, FrontMatterValue | undefined, FieldKind, string]>([
    ['title', 'AI 日报', 'text', 'AI 日报'],
    ['title', undefined, 'text', ''],
    ['title', 2025, 'text', '2025'],
    ['title', 'line one\nline two', 'readonly', 'line one\nline two'],
    ['title', ['a'], 'readonly', 'a'],
    ['title', true, 'text', 'true'],
    ['layout', { a: 1 }, 'readonly', '{"a":1}'],
    ['tags', 3, 'readonly', '3'],
    ['date', '2025-11-11 15:33:03 +0800', 'date', '2025-11-11 15:33:03 +0800'],
    ['date', 'someday', 'date', 'someday'],
    ['date', undefined, 'date', ''],
    ['date', 20251111, 'readonly', '20251111'],
    ['layout', null, 'text', ''],
    ['categories', ['日报', 'AI'], 'list', '日报, AI'],
    ['categories', '日报 AI', 'words', '日报 AI'],
    ['tags', undefined, 'list', ''],
    ['tags', [], 'list', ''],
    ['tags', ['a, b', 'c'], 'readonly', '["a, b","c"]'],
    ['tags', ['甲、乙'], 'readonly', '["甲、乙"]'],
    ['tags', [' padded'], 'readonly', '[" padded"]'],
    ['tags', [['nested']], 'readonly', '[["nested"]]'],
    ['tags', [null], 'readonly', '[null]'],
    ['tags', true, 'readonly', 'true'],
    ['posttime', '2025-11-11 15:33:03 +0800', 'text', '2025-11-11 15:33:03 +0800'],
    ['draft', false, 'boolean', 'false'],
    ['weight', 3.5, 'number', '3.5'],
    ['subtitle', null, 'text', ''],
    ['authors', ['甲', 2025, true], 'list', '甲, 2025, true'],
    ['image', { path: '/a.jpg' }, 'readonly', '{"path":"/a.jpg"}'],
    ['summary', 'first\nsecond', 'readonly', 'first\nsecond']
  ])('%s: %j is %s', (key, value, kind, text) => {
    expect(formField(key, value)).toEqual({ key, kind, value, text })
  })
})

describe('formFields', () => {
  it('offers the standard keys first and then the others in file order', () => {
    const file = fileURLToPath(
      new URL(
        '../../../../resources/sample-posts/_posts/2025-11-11-twitter-ai-daily.md',
        import.meta.url
      )
    )
    const { standard, others } = formFields(readFrontMatter(readFileSync(file, 'utf8')).entries)
    expect(standard.map((field) => [field.key, field.kind, field.text])).toEqual([
      ['title', 'text', 'AI 推特日报：多模态与智能体的一天'],
      ['date', 'date', '2025-11-11 15:33:03 +0800'],
      ['layout', 'text', 'post'],
      ['categories', 'list', '日报, AI'],
      ['tags', 'list', '大模型, 多模态, Agent']
    ])
    expect(others.map((field) => field.key)).toEqual(['posttime'])
  })

  it('offers the standard keys for an empty block', () => {
    const { standard, others } = formFields([])
    expect(standard.map((field) => field.key)).toEqual([
      'title',
      'date',
      'layout',
      'categories',
      'tags'
    ])
    expect(others).toEqual([])
  })
})

describe('splitListText', () => {
  it.each([
    ['a, b, c', ['a', 'b', 'c']],
    ['日报，AI、周报', ['日报', 'AI', '周报']],
    [' a ,, b ,', ['a', 'b']],
    ['Open Source, AI', ['Open Source', 'AI']],
    ['', []]
  ])('%j', (text, items) => {
    expect(splitListText(text)).toEqual(items)
  })
})

describe('editedValue', () => {
  it.each<[string, FrontMatterValue | undefined, string | boolean, FrontMatterValue | null]>([
    ['title', 'AI 日报', 'AI 日报', null],
    ['title', 'AI 日报', '  AI 日报 ', null],
    ['title', 'AI 日报', 'AI 周报', 'AI 周报'],
    ['title', 'AI 日报', '', ''],
    ['title', undefined, '', null],
    ['title', undefined, '新标题', '新标题'],
    ['title', 2025, '2025', null],
    ['title', 2025, '2026', '2026'],
    ['layout', null, '', null],
    ['date', '2025-11-11', '2025-11-12', '2025-11-12'],
    ['date', 20251111, '2025-11-12', null],
    ['categories', ['日报', 'AI'], '日报, AI', null],
    ['categories', ['日报', 'AI'], '日报，AI', null],
    ['categories', ['日报', 'AI'], 'AI, 日报', ['AI', '日报']],
    ['categories', ['日报', 'AI'], '日报, AI, 周报', ['日报', 'AI', '周报']],
    ['categories', ['日报', 'AI'], '', []],
    ['tags', undefined, '', null],
    ['tags', undefined, 'a, b', ['a', 'b']],
    ['tags', [2025, true, 'x'], '2025, true, x, y', [2025, true, 'x', 'y']],
    ['tags', 'a b', 'a b', null],
    ['tags', 'a b', 'a b c', 'a b c'],
    ['weight', 3, '3', null],
    ['weight', 3, '3.0', null],
    ['weight', 3, '4', 4],
    ['weight', 3, 'four', null],
    ['weight', 3, '', null],
    ['draft', false, true, true],
    ['draft', false, false, null],
    ['draft', false, 'true', null],
    ['image', { path: 'a' }, 'x', null]
  ])('%s: %j edited to %j', (key, value, input, expected) => {
    const edit = editedValue(formField(key, value), input)
    expect(edit).toEqual(expected === null ? null : { value: expected })
  })
})
