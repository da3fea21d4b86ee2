import { describe, expect, it } from 'vitest'
import { lineEndingOf, restoreLineEndings } from '@shared/editor/line-endings'

/** Monaco's choice for a model: CRLF when more than half of the breaks are CRLF or a lone CR. */
function dominantEol(text: string): string {
  const breaks = text.match(/\r\n|\r|\n/g) ?? []
  return breaks.filter((each) => each !== '\n').length > breaks.length / 2 ? '\r\n' : '\n'
}

/** What Monaco does to a text: every CR, LF and CRLF becomes the dominant sequence. */
function normalise(text: string): string {
  return text.replace(/\r\n|\r|\n/g, dominantEol(text))
}

describe('lineEndingOf', () => {
  it.each([
    ['no breaks', 'abc', 'none'],
    ['empty', '', 'none'],
    ['LF only', 'a\nb\n', 'lf'],
    ['CRLF only', 'a\r\nb\r\n', 'crlf'],
    ['CRLF and LF', 'a\r\nb\n', 'mixed'],
    ['a lone CR', 'a\rb', 'mixed'],
    ['a lone CR at the end of CRLF lines', 'a\r\nb\r', 'mixed']
  ])('%s', (_name, text, kind) => {
    expect(lineEndingOf(text)).toBe(kind)
  })
})

describe('restoreLineEndings', () => {
  const mixed = '---\r\ntitle: 周报\r\n---\n第一段\n\r\n第二段\r末行'

  it.each([
    ['mixed file', mixed],
    ['trailing break', 'a\r\nb\n'],
    ['no break at all', '只有一行'],
    ['empty', ''],
    ['only breaks', '\r\n\n\r'],
    ['lone CR', 'a\rb']
  ])('gives back the %s untouched when nothing was edited', (_name, text) => {
    expect(restoreLineEndings(text, normalise(text))).toBe(text)
  })

  it.each([
    {
      name: 'an edited middle line takes the model ending, its neighbours keep theirs',
      baseline: 'a\r\nb\nc\r\nd',
      edited: 'a\nB\nc\nd',
      expected: 'a\r\nB\nc\r\nd'
    },
    {
      name: 'an inserted line',
      baseline: 'a\r\nb\n',
      edited: 'a\nnew\nb\n',
      expected: 'a\r\nnew\nb\n'
    },
    {
      name: 'a deleted line',
      baseline: 'a\r\nb\nc\r\n',
      edited: 'a\nc\n',
      expected: 'a\r\nc\r\n'
    },
    {
      name: 'text typed at the very end',
      baseline: 'a\r\nb\n',
      edited: 'a\nb\nmore',
      expected: 'a\r\nb\nmore'
    },
    {
      name: 'a break added at the end of the last line',
      baseline: 'a\r\nb',
      edited: 'a\r\nb\r\n',
      expected: 'a\r\nb\r\n'
    },
    {
      name: 'the last break removed',
      baseline: 'a\r\nb\n',
      edited: 'a\nb',
      expected: 'a\r\nb'
    },
    {
      name: 'every line replaced in place keeps its own ending',
      baseline: 'x\r\ny\n',
      edited: 'p\nq\n',
      expected: 'p\r\nq\n'
    },
    {
      name: 'lines edited in place between untouched ones keep their endings',
      baseline: 'a\r\nb\nc\r\nd\n',
      edited: 'a\nB\nC\nd\n',
      expected: 'a\r\nB\nC\r\nd\n'
    },
    {
      name: 'lines replaced by more lines take the model ending',
      baseline: 'a\r\nb\nc\r\n',
      edited: 'a\r\nx\r\ny\r\nz\r\nc\r\n',
      expected: 'a\r\nx\r\ny\r\nz\r\nc\r\n'
    },
    {
      name: 'a line after a lone CR emptied in place does not merge into a CRLF',
      baseline: 'a\rb\nc',
      edited: 'a\n\nc',
      expected: 'a\r\n\nc'
    },
    {
      name: 'a repeated line inserted after its twin (the first one keeps its ending)',
      baseline: 'a\nb\r\n',
      edited: 'a\nb\nb\n',
      expected: 'a\nb\r\nb\n'
    },
    {
      name: 'text emptied',
      baseline: 'a\r\nb\n',
      edited: '',
      expected: ''
    },
    {
      name: 'an empty line inserted after a lone CR does not merge into a CRLF',
      baseline: 'a\rb\n',
      edited: 'a\n\nb\n',
      expected: 'a\r\n\nb\n'
    },
    {
      name: 'a lone CR line edited',
      baseline: '一\r二\n三',
      edited: '一\n贰\n三',
      expected: '一\r贰\n三'
    }
  ])('$name', ({ baseline, edited, expected }) => {
    expect(restoreLineEndings(baseline, edited)).toBe(expected)
  })

  it('keeps the content of the edit whatever the endings', () => {
    const baseline = 'l1\r\nl2\nl3\r\nl4\nl5\r\n'
    const edits = [
      'l1\nl2\nl3\nl4\nl5\n',
      'l1\nX\nl3\nl4\nl5\n',
      'l0\nl1\nl5\n',
      'l5\n',
      'l1\nl1\nl1\n'
    ]
    for (const edited of edits) {
      const restored = restoreLineEndings(baseline, edited)
      expect(restored.replace(/\r\n|\r/g, '\n')).toBe(edited)
    }
  })
})

describe('restoreLineEndings on random edits', () => {
  // A small seeded generator, so a failure can be replayed.
  function random(seed: number): () => number {
    let state = seed
    return () => {
      state = (state * 1103515245 + 12345) % 2 ** 31
      return state / 2 ** 31
    }
  }

  it('always yields the edited content, and the baseline when unedited', () => {
    const next = random(42)
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]
    const words = ['', '甲', '乙', 'a', 'b b']
    const breaks = ['\n', '\r\n', '\r']
    for (let round = 0; round < 500; round++) {
      const lines = Array.from({ length: Math.floor(next() * 6) }, () => pick(words))
      const baseline = lines.map((line) => line + pick(breaks)).join('') + pick(words)
      const model = normalise(baseline)
      expect(restoreLineEndings(baseline, model)).toBe(baseline)
      const eol = dominantEol(baseline)
      const editedLines = model.split(eol)
      for (let edits = 1 + Math.floor(next() * 3); edits > 0; edits--) {
        const at = Math.floor(next() * (editedLines.length + 1))
        const change = pick(['insert', 'delete', 'replace'] as const)
        if (change === 'insert') editedLines.splice(at, 0, pick(words))
        else if (change === 'delete') editedLines.splice(at, 1)
        else editedLines.splice(at, 1, pick(words) + 'x')
      }
      const edited = editedLines.join(eol)
      expect(normalise(restoreLineEndings(baseline, edited)).split(/\r\n|\r|\n/)).toEqual(
        edited.split(eol)
      )
    }
  })
})
