/**
 * Inline Markdown and HTML of one line at a time, keeping only text a reader sees as prose. State
 * that spans lines (HTML comments, <script>/<style>/<pre>, Liquid tags and highlight blocks) is
 * kept between calls. Everything is linear: code spans and brackets are matched in one pass each
 * with stacks and forward-only cursors, and every search resumes where the previous one stopped.
 */

const special = new Uint8Array(128)
for (const ch of '\\`<{![]&') special[ch.charCodeAt(0)] = 1

/** Tags whose content is code or markup, never prose. */
const rawTags = new Set(['script', 'style', 'pre', 'code', 'textarea', 'svg', 'math'])

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

function isNameChar(code: number): boolean {
  return isLetter(code) || (code >= 48 && code <= 57) || code === 45
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13
}

/** Lowercases ASCII only, so indexes stay aligned with the original line. */
function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (upper) => upper.toLowerCase())
}

/**
 * Partner positions on one line: a backtick run's start -> the end of its closing run, `[` <-> `]`
 * and `(` <-> `)`; -1 where there is none. Brackets inside code spans and escaped ones are ignored.
 */
export function matchPairs(text: string): Int32Array {
  const n = text.length
  const match = new Int32Array(n).fill(-1)
  const starts: number[] = []
  const lengths: number[] = []
  const byLength = new Map<number, number[]>()
  for (let i = 0; i < n;) {
    if (text.charCodeAt(i) !== 96) {
      i++
      continue
    }
    let j = i
    while (j < n && text.charCodeAt(j) === 96) j++
    starts.push(i)
    lengths.push(j - i)
    const list = byLength.get(j - i)
    if (list) list.push(i)
    else byLength.set(j - i, [i])
    i = j
  }
  // A code span closes at the next run of the same length; cursors per length only move forward.
  const cursors = new Map<number, number>()
  let consumed = 0
  for (let r = 0; r < starts.length; r++) {
    const start = starts[r]
    const length = lengths[r]
    if (start < consumed) continue
    const list = byLength.get(length) ?? []
    let k = cursors.get(length) ?? 0
    while (k < list.length && list[k] <= start) k++
    if (k < list.length) {
      match[start] = list[k] + length
      consumed = list[k] + length
      k++
    }
    cursors.set(length, k)
  }
  const squares: number[] = []
  const rounds: number[] = []
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i)
    if (code === 92) i++
    else if (code === 96) {
      let end = match[i]
      if (end < 0) for (end = i; end < n && text.charCodeAt(end) === 96;) end++
      i = end - 1
    } else if (code === 91) squares.push(i)
    else if (code === 40) rounds.push(i)
    else if (code === 93 || code === 41) {
      const open = (code === 93 ? squares : rounds).pop()
      if (open !== undefined) {
        match[open] = i
        match[i] = open
      }
    }
  }
  return match
}

export function decodeEntity(name: string): string {
  if (name.startsWith('#')) {
    const hex = name[1] === 'x' || name[1] === 'X'
    const point = Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10)
    const ok = point >= 0x20 && point <= 0x10ffff && !(point >= 0xd800 && point <= 0xdfff)
    return ok ? String.fromCodePoint(point) : ' '
  }
  return namedEntities[name.toLowerCase()] ?? ' '
}

export class InlineScanner {
  /** Lowercase strings that must be found, in order, before text counts again. */
  private raw: string[] = []

  /** True while inside a comment, a raw HTML element or a Liquid tag that spans lines. */
  get inRaw(): boolean {
    return this.raw.length > 0
  }

  /** Forgets any open comment or raw element (a new document starts). */
  reset(): void {
    this.raw = []
  }

  /** The prose of one line whose block markers (quotes, list marks, headings) are already gone. */
  line(text: string): string {
    const n = text.length
    let lower: string | undefined
    let match: Int32Array | undefined
    const pairs = (): Int32Array => (match ??= matchPairs(text))
    let out = ''
    let segment = 0
    let i = 0
    // Drops text[i, end) and continues after it.
    const skip = (end: number): void => {
      out += text.slice(segment, i) + ' '
      i = segment = end
    }
    while (i < n) {
      if (this.raw.length > 0) {
        lower ??= asciiLower(text)
        const found = lower.indexOf(this.raw[0], i)
        if (found < 0) {
          skip(n)
          break
        }
        skip(found + this.raw[0].length)
        this.raw.shift()
        continue
      }
      const code = text.charCodeAt(i)
      if (code >= 128 || special[code] === 0) {
        i++
        continue
      }
      const next = text.charCodeAt(i + 1)
      if (code === 92) {
        // An escaped character is literal text: drop the backslash, keep the character.
        out += text.slice(segment, i) + ' '
        segment = i + 1
        i += 2
      } else if (code === 96) {
        let end = pairs()[i]
        if (end < 0) for (end = i; end < n && text.charCodeAt(end) === 96;) end++
        skip(end)
      } else if (code === 60) {
        const end = this.tag(text, i)
        if (end < 0) i++
        else skip(end)
      } else if (code === 123 && (next === 37 || next === 123)) {
        this.raw = next === 123 ? ['}}'] : liquidNeedles(text, i + 2)
        skip(i + 2)
      } else if (code === 33 && next === 91 && pairs()[i + 1] >= 0) {
        // Images go entirely: their alt text is a caption like 词云图, not the post's topic.
        skip(afterTarget(text, pairs(), pairs()[i + 1] + 1))
      } else if (code === 91 && pairs()[i] >= 0 && next === 94) {
        skip(pairs()[i] + 1) // footnote marker [^1]
      } else if (code === 93 && pairs()[i] >= 0) {
        skip(afterTarget(text, pairs(), i + 1)) // link text stays, its target goes
      } else if (code === 38) {
        const end = entityEnd(text, i)
        if (end < 0) i++
        else {
          out += text.slice(segment, i) + decodeEntity(text.slice(i + 1, end - 1))
          i = segment = end
        }
      } else if (code === 91) {
        skip(i + 1)
      } else i++
    }
    return segment === 0 ? text : out + text.slice(segment, n)
  }

  /** The end of an HTML tag, comment start, autolink or declaration at `at`, or -1 if none. */
  private tag(text: string, at: number): number {
    if (text.startsWith('<!--', at)) {
      this.raw = ['-->']
      return at + 4
    }
    const first = text.charCodeAt(at + 1)
    const closing = first === 47
    if (!isLetter(closing ? text.charCodeAt(at + 2) : first) && first !== 33 && first !== 63) {
      return -1
    }
    let end = at + 1
    let spaced = false
    while (end < text.length) {
      const code = text.charCodeAt(end)
      if (code === 62 || code === 60) break
      if (isSpace(code)) spaced = true
      end++
    }
    if (text.charCodeAt(end) !== 62) return -1
    if (closing || first === 33 || first === 63) return end + 1
    let nameEnd = at + 1
    while (nameEnd < end && isNameChar(text.charCodeAt(nameEnd))) nameEnd++
    const after = text.charCodeAt(nameEnd)
    const isTag = nameEnd === end || isSpace(after) || after === 47
    const isAutolink = !spaced && (after === 58 || text.slice(at, end).includes('@'))
    if (!isTag && !isAutolink) return -1
    const name = asciiLower(text.slice(at + 1, nameEnd))
    if (isTag && rawTags.has(name) && text.charCodeAt(end - 1) !== 47) this.raw = [`</${name}`, '>']
    return end + 1
  }
}

/** Past a `(target "title")` or `[ref]` right after a closing bracket at `at - 1`. */
export function afterTarget(text: string, match: Int32Array, at: number): number {
  const code = text.charCodeAt(at)
  return (code === 40 || code === 91) && match[at] >= 0 ? match[at] + 1 : at
}

/** `{% highlight %}` and `{% comment %}` hide everything up to their end tag. */
function liquidNeedles(text: string, at: number): string[] {
  let i = at
  while (i < text.length && (isSpace(text.charCodeAt(i)) || text.charCodeAt(i) === 45)) i++
  let end = i
  while (end < text.length && end - i < 16 && isLetter(text.charCodeAt(end))) end++
  const name = asciiLower(text.slice(i, end))
  if (name === 'highlight' || name === 'comment') return ['%}', `end${name}`, '%}']
  return ['%}']
}

/** The index after `&name;` / `&#123;` / `&#x4e2d;` at `at`, or -1. */
export function entityEnd(text: string, at: number): number {
  let i = at + 1
  if (text.charCodeAt(i) === 35) i++
  const start = i
  while (i < text.length && i - start < 32 && isNameChar(text.charCodeAt(i))) i++
  return i > start && text.charCodeAt(i) === 59 ? i + 1 : -1
}
