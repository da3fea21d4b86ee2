import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { applyCompounds, findCompounds, splitFragments } from '@shared/words'
import { jiebaKnown, tokenLines } from './jieba-lines'

/**
 * What the word rules yield on the bundled sample posts with today's jieba: the fragments that
 * leave the cloud and the terms that come back whole. A change here is a change writers see.
 */

const samples = resolve('resources/sample-posts')
const posts = ['_drafts', '_posts'].flatMap((dir) =>
  readdirSync(join(samples, dir)).map((name) => join(dir, name))
)
const known = jiebaKnown()

/** Tokens the fragment filter split, in order of appearance. */
function fragmentsOf(before: string[][], after: string[][]): string[] {
  return before.flatMap((line, i) =>
    line === after[i] ? [] : line.filter((token) => !after[i].includes(token))
  )
}

const expected: Record<string, { fragments: string[]; compounds: string[] }> = {
  '_drafts/2025-12-05-draft-weekly.md': { fragments: [], compounds: [] },
  '_posts/2025-11-11-twitter-ai-daily.md': {
    fragments: ['更大', '更小', '得少'],
    compounds: ['多/模态 10', '认知/核心 7']
  },
  '_posts/2025-11-14-open-source-weekly.md': {
    fragments: ['更大'],
    compounds: ['供应链/安全 3', '合并/请求 7', '新手/任务 3', '贡献者/许可/协议 3', '轮值/制度 3']
  },
  '_posts/2025-11-17-ev-market-weekly.md': {
    fragments: [],
    compounds: ['二线/城市 3', '公共/充电 3', '新能源/汽车 16', '电池/企业 4', '高速公路/服务区 3']
  },
  '_posts/2025-11-30-reading-monthly.md': {
    fragments: ['变了', '更久', '短得'],
    compounds: ['两本/读到/一半 3', '读后/短文 3', '非/虚构 1', '非/虚构/作品 4']
  },
  '_posts/2025-12-02-macro-daily.md': {
    fragments: [],
    compounds: [
      '主要/经济体 3',
      '制造业/景气 6',
      '双向/波动 3',
      '国债/收益率 3',
      '基本/平衡 3',
      '小幅/波动 6',
      '温和/修复 3',
      '经济/复苏 3',
      '美元/指数 3',
      '食品/价格 3'
    ]
  }
}

describe('word rules on the bundled sample posts', () => {
  it('covers every sample post', () => {
    expect([...posts].sort()).toEqual(Object.keys(expected).sort())
  })

  for (const post of posts) {
    it(post, () => {
      const lines = tokenLines(readFileSync(join(samples, post), 'utf8'))
      const split = splitFragments(lines, known)
      const compounds = findCompounds(split)
      expect({
        fragments: fragmentsOf(lines, split),
        compounds: compounds.map((c) => `${c.parts.join('/')} ${c.count}`)
      }).toEqual(expected[post])
      for (const [i, line] of split.entries()) {
        expect(applyCompounds(line, compounds).join('')).toBe(lines[i].join(''))
      }
    })
  }
})
