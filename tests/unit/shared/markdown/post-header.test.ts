import { describe, expect, it } from 'vitest'
import { headerFromFileName, splitPost } from '@shared/markdown/post-header'

const id = '_posts/2025-11-11-ai-daily.md'

describe('splitPost', () => {
  it('reads title and date from the front matter and finds the body', () => {
    const source = '---\ntitle: "AI 日报"\ndate: 2025-11-11 15:33:03 +0800\n---\n\n正文'
    expect(splitPost(source, id)).toEqual({
      header: { title: 'AI 日报', date: '2025-11-11 15:33:03 +0800' },
      bodyStart: source.indexOf('\n\n正文') + 1,
      bodyLine: 4
    })
  })

  it('counts CRLF lines and a block closed by ...', () => {
    const source = '---\r\ntitle: 标题\r\n...\r\n正文'
    expect(splitPost(source, id)).toMatchObject({ header: { title: '标题' }, bodyLine: 3 })
  })

  it('has no header without front matter, and an unclosed fence is body', () => {
    expect(splitPost('# 标题\n正文', id)).toEqual({ header: null, bodyStart: 0, bodyLine: 0 })
    expect(splitPost('---\n正文没有闭合', id)).toEqual({ header: null, bodyStart: 0, bodyLine: 0 })
  })

  it.each([
    ['invalid YAML', '---\ntitle: [unclosed\n---\n'],
    ['duplicate keys', '---\ntitle: a\ntitle: b\n---\n'],
    ['a list instead of a map', '---\n- a\n---\n'],
    ['an empty block', '---\n---\n'],
    ['a title that is a list', '---\ntitle: [a, b]\n---\n'],
    ['a title from an alias', '---\nx: &t 标题\ntitle: *t\n---\n']
  ])('falls back to the file name for %s', (_name, source) => {
    expect(splitPost(source, id).header).toEqual({ title: 'ai-daily', date: '2025-11-11' })
  })

  it('never evaluates a custom tag: its text is just text', () => {
    const source = '---\ntitle: !!js/function "function () { return 1 }"\n---\n'
    expect(splitPost(source, id).header?.title).toBe('function () { return 1 }')
  })

  it('never expands an alias bomb and ignores __proto__ keys', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...Array.from({ length: 9 }, (_, i) => {
        const name = String.fromCharCode(98 + i)
        const prev = String.fromCharCode(97 + i)
        return `${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`
      })
    ].join('\n')
    const source = `---\n${bomb}\n__proto__: {polluted: true}\ntitle: 安全\n---\n正文`
    const started = performance.now()
    expect(splitPost(source, id).header?.title).toBe('安全')
    expect(performance.now() - started).toBeLessThan(1000)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('keeps numbers as written and a date from the file name when the block has none', () => {
    expect(splitPost('---\ntitle: 2025\n---\n', 'notes/x.md').header).toEqual({
      title: '2025',
      date: null
    })
    expect(splitPost('---\nlayout: post\n---\n', id).header).toEqual({
      title: 'ai-daily',
      date: '2025-11-11'
    })
  })
})

describe('headerFromFileName', () => {
  it.each([
    ['_posts/2025-11-11-ai-daily.md', { title: 'ai-daily', date: '2025-11-11' }],
    ['notes/周报.markdown', { title: '周报', date: null }],
    ['README', { title: 'README', date: null }]
  ])('%s', (postId, header) => {
    expect(headerFromFileName(postId)).toEqual(header)
  })
})
