import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { markdownToProse } from '@shared/text'
import { lineKey, seriesId, seriesKeyOf, templateLineKeys } from '@shared/words'
import { parseFrontMatter } from '@core/frontmatter'
import {
  everyIssueKeys,
  everySecondIssueKey,
  everyThirdIssueKey,
  generateSeries
} from '../../../fixtures/words/series-generator'

/** A post's line keys, as the analysis takes them: one per prose line, each counted once. */
function postKeys(markdown: string): Set<string> {
  return new Set(markdownToProse(markdown).split('\n').map(lineKey).filter(Boolean))
}

/** Posts made of the given lines, with a line of their own each so no two posts are equal. */
function postsWith(lines: (post: number) => string[], posts: number): Set<string>[] {
  return Array.from({ length: posts }, (_, post) =>
    postKeys([`第${'一二三四五六七八九十'[post]}篇独有的内容`, ...lines(post)].join('\n'))
  )
}

describe('lineKey', () => {
  it('ignores digits and link targets, so the same line of two issues has one key', () => {
    const a = lineKey(
      '本期共收录 37 条推文，见 [第 12 期](https://example.org/12) 和 https://x.org/a1'
    )
    const b = lineKey('本期共收录 105 条推文，见 [第 3 期](/archive/3/) 和 http://y.org/b2')
    expect(a).toBe('本期共收录 条推文，见 [第 期] 和')
    expect(b).toBe(a)
  })

  it('collapses whitespace and trims', () => {
    expect(lineKey('  概要 \t 部分  ')).toBe('概要 部分')
  })

  it('gives no key to lines without a letter', () => {
    for (const line of ['', '   ', '—— ！', '2025-11-11 12:00', '（１２）', '★ ✓ →', '](x)'])
      expect(lineKey(line)).toBe('')
  })

  it('takes time linear in a hostile line', () => {
    const line = '[a]('.repeat(200_000) + 'https://'.repeat(100_000)
    expect(lineKey(line)).toBe('[a]('.repeat(200_000).trim())
  })

  it('keys any line as its definition does: digits out, whitespace collapsed, a letter needed', () => {
    // lineKey classifies code units from a table; the regular expressions are the definition.
    const byRegex = (line: string): string => {
      const key = line.replace(/\p{N}/gu, '').replace(/\s+/g, ' ').trim()
      return /\p{L}/u.test(key) ? key : ''
    }
    const units = [...'aZ \t\u3000\u00a0\u2028\ufeff1９①〇Ⅻ½²٣模型，。-_「」😀𝟘𠀀\ud800']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 16 }), (parts) => {
        const line = parts.join('')
        expect(lineKey(line)).toBe(byRegex(line))
      }),
      { numRuns: 2000 }
    )
    for (let code = 0; code < 0x10000; code++) {
      const line = `a${String.fromCharCode(code)} ${String.fromCharCode(code)}`
      expect(lineKey(line)).toBe(byRegex(line))
    }
  })

  it('keeps link text and a bracket that no target follows', () => {
    expect(lineKey('见 [原文](https://a.b/1) 与 [备注] (未完')).toBe('见 [原文] 与 [备注] (未完')
  })
})

describe('templateLineKeys', () => {
  it('finds exactly the repeated lines of a generated series of 20 reports', () => {
    const posts = generateSeries(20).map(postKeys)
    expect(posts.filter((keys) => keys.has(everySecondIssueKey))).toHaveLength(10)
    expect(posts.filter((keys) => keys.has(everyThirdIssueKey))).toHaveLength(6)
    expect([...templateLineKeys(posts)].sort()).toEqual(
      [...everyIssueKeys, everySecondIssueKey].sort()
    )
  })

  it('puts every generated report in one series by its title', () => {
    const ids = generateSeries(20).map((markdown) => {
      const parsed = parseFrontMatter(markdown)
      const key = parsed.data ? seriesKeyOf(parsed.data) : null
      return key && seriesId(key)
    })
    expect(new Set(ids)).toEqual(new Set(['title:推特AI日报']))
  })

  it('finds nothing in a series of 4 posts, even in lines all 4 share', () => {
    const posts = generateSeries(4).map(postKeys)
    expect(templateLineKeys(posts)).toEqual(new Set())
  })

  it('finds the repeated lines once the series reaches 5 posts', () => {
    const posts = generateSeries(5).map(postKeys)
    expect(templateLineKeys(posts)).toEqual(new Set(everyIssueKeys))
  })

  it('leaves a line in 3 of 7 posts (below half)', () => {
    const posts = postsWith((post) => (post < 3 ? ['本期特别鸣谢赞助商。'] : []), 7)
    expect(templateLineKeys(posts)).toEqual(new Set())
  })

  it('takes a line in 4 of 7 posts (at least half and at least 3)', () => {
    const posts = postsWith((post) => (post < 4 ? ['本期特别鸣谢赞助商。'] : []), 7)
    expect(templateLineKeys(posts)).toEqual(new Set(['本期特别鸣谢赞助商。']))
  })

  it('leaves a line in 2 of 5 posts, and takes one in 3 of 5', () => {
    const posts = postsWith(
      (post) => [...(post < 2 ? ['只出现两次的行'] : []), ...(post < 3 ? ['出现三次的行'] : [])],
      5
    )
    expect(templateLineKeys(posts)).toEqual(new Set(['出现三次的行']))
  })

  it('matches lines whose digits and link targets differ from issue to issue', () => {
    const posts = postsWith(
      (post) => [
        `本期共 ${post * 7 + 3} 条，原文见 [第 ${post} 期](https://example.org/${post}/)。`
      ],
      6
    )
    expect(templateLineKeys(posts)).toEqual(new Set(['本期共 条，原文见 第 期 。']))
  })

  it('counts a line once per post however often the post repeats it', () => {
    const posts = postsWith((post) => (post < 2 ? ['重复的行', '重复的行', '重复的行'] : []), 5)
    expect(templateLineKeys(posts)).toEqual(new Set())
  })
})

describe('the sample posts', () => {
  const root = resolve('resources/sample-posts')
  const samples = ['_posts', '_drafts'].flatMap((folder) =>
    readdirSync(join(root, folder))
      .filter((name) => name.endsWith('.md'))
      .map((name) => ({ name, text: readFileSync(join(root, folder, name), 'utf8') }))
  )

  it('form series of fewer than 5 posts, so none of their lines is template text', () => {
    const bySeries = new Map<string, Set<string>[]>()
    for (const { text } of samples) {
      const data = parseFrontMatter(text).data
      const key = data && seriesKeyOf(data)
      if (!key) continue
      bySeries.set(seriesId(key), [...(bySeries.get(seriesId(key)) ?? []), postKeys(text)])
    }
    expect([...bySeries].map(([id, posts]) => [id, posts.length]).sort()).toEqual([
      ['category:周报', 3],
      ['category:日报', 2],
      ['category:月报', 1]
    ])
    for (const posts of bySeries.values()) expect(templateLineKeys(posts)).toEqual(new Set())
  })

  it('taken as one series of 6, have only their shared section headings as template text', () => {
    const posts = samples.map(({ text }) => postKeys(text))
    expect([...templateLineKeys(posts)].sort()).toEqual(
      ['概要', '核心信息', '详细分析', '展望', '词云分析'].sort()
    )
  })
})
