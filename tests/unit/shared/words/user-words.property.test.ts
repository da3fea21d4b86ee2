import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyCompounds, findCompounds, splitFragments } from '@shared/words'

// Fixed so that CI is repeatable; set FC_SEED to explore other lines.
const seed = Number(process.env.FC_SEED ?? 20251121)

/**
 * Mostly words from a small vocabulary, so that pairs repeat and bind (具身 智能, 多 模态), and
 * now and then a short random string of function, prefix and content characters, so that debris
 * shapes (低且, 了的) and odd tokens occur too.
 */
const token = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '具身',
      '智能',
      '多',
      '模态',
      '大',
      '语言',
      '模型',
      '低且',
      '得物',
      '的'
    )
  },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.constantFrom(...'且的了地得多跨大新低具身智能模态语言型可在'), {
        minLength: 1,
        maxLength: 3
      })
      .map((chars) => chars.join(''))
  }
)

const tokenOrBreak = fc.oneof(
  { weight: 6, arbitrary: token },
  { weight: 1, arbitrary: fc.constant('') }
)

/** A post's token lines and a user dictionary sprinkled with tokens those lines use. */
const postWithUserWords = fc
  .tuple(
    fc.array(fc.array(tokenOrBreak, { maxLength: 12 }), { minLength: 1, maxLength: 20 }),
    fc.array(token, { maxLength: 6 })
  )
  .map(([lines, extra]) => {
    const used = lines.flat().filter((t) => t !== '')
    const user = new Set([...extra, ...used.filter((_, i) => i % 4 === 0)])
    return { lines, user }
  })

/** Each non-break token as `start:end`, its character span in the line's text. */
function spans(line: readonly string[]): string[] {
  const out: string[] = []
  let at = 0
  for (const token of line) {
    if (token !== '') out.push(`${at}:${at + token.length}`)
    at += token.length
  }
  return out
}

/**
 * Each user-dictionary token of `before` must be a token of `after` at the same place: the
 * rules may only cut a token into pieces or join neighbours, and both keep the line's text.
 */
function expectUserWordsKept(before: string[], after: string[], user: ReadonlySet<string>): void {
  const kept = new Set(spans(after))
  const words = before.filter((token) => token !== '')
  spans(before).forEach((span, i) => {
    if (user.has(words[i])) expect(kept.has(span), `${words[i]} at ${span}`).toBe(true)
  })
}

describe('no rule drops or alters a user-dictionary word', () => {
  it('splitFragments keeps every user word whole and the line’s text', () => {
    fc.assert(
      fc.property(postWithUserWords, ({ lines, user }) => {
        const after = splitFragments(lines, (word) => user.has(word))
        lines.forEach((line, i) => {
          expect(after[i].join('')).toBe(line.join(''))
          expectUserWordsKept(line, after[i], user)
        })
      }),
      { seed, numRuns: 500 }
    )
  })

  it('findCompounds never uses a user word as a part; applyCompounds keeps them and the text', () => {
    fc.assert(
      fc.property(postWithUserWords, ({ lines, user }) => {
        const compounds = findCompounds(lines, { protectedWords: user })
        for (const compound of compounds) {
          for (const part of compound.parts) expect(user.has(part), part).toBe(false)
        }
        for (const line of lines) {
          const after = applyCompounds(line, compounds)
          expect(after.join('')).toBe(line.join(''))
          expectUserWordsKept(line, after, user)
        }
      }),
      { seed, numRuns: 500 }
    )
  })

  it('the two rules in pipeline order keep every user word', () => {
    fc.assert(
      fc.property(postWithUserWords, ({ lines, user }) => {
        const split = splitFragments(lines, (word) => user.has(word))
        const compounds = findCompounds(split, { protectedWords: user })
        lines.forEach((line, i) => {
          expectUserWordsKept(line, applyCompounds(split[i], compounds), user)
        })
      }),
      { seed, numRuns: 300 }
    )
  })
})
