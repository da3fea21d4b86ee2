import { markdownToProse } from '../text/prose'

/**
 * Boilerplate: the lines every issue of a series repeats (intro lines, section headings, credit
 * phrases) and the fixed text of the bundled templates. Their words say what every issue says,
 * not what this one is about, so analysis skips them. Lines are compared by a key that ignores
 * what changes from issue to issue anyway: digits and link targets.
 */

/** A series needs this many posts before any of its lines can be template text. */
export const minSeriesPosts = 5
/** A line is template text only when at least this many posts of the series have it. */
export const minTemplatePosts = 3

// Bare URLs that survived markdownToProse; URLs are ASCII, so the match stops at the first CJK.
const bareUrl = /\b(?:(?:https?|ftp):\/\/|www\.)[!-~]*/giu

/**
 * The key a prose line (one line of markdownToProse) is compared by: link targets and bare URLs
 * removed, digits removed, whitespace collapsed, trimmed. '' (never boilerplate) for a line
 * without a letter, such as a blank line or one made of punctuation and symbols.
 */
export function lineKey(proseLine: string): string {
  if (proseLine === '') return ''
  // Most lines hold neither a link target nor a URL: skip those passes (every line is keyed).
  const linked = proseLine.includes('](') ? withoutLinkTargets(proseLine) : proseLine
  const unlinked =
    linked.includes('://') || /www\./i.test(linked) ? linked.replace(bareUrl, ' ') : linked
  return keyOf(unlinked)
}

/**
 * What the regular expressions of keyByRegex make of a line, in one pass over its code units
 * with their classes looked up in a table: a \p{N} regex over every line of a folder was a
 * tenth of a worker's JavaScript time. Lines with characters beyond the BMP take keyByRegex.
 */
function keyOf(line: string): string {
  let key = ''
  let runStart = -1 // start of the kept characters not yet copied into key
  let space = false // whitespace since the last kept character, and key is not empty
  let letter = false
  for (let at = 0; at < line.length; at++) {
    const code = line.charCodeAt(at)
    let kind = unitKinds[code]
    if (kind === UNKNOWN) {
      if (code >= 0xd800 && code <= 0xdfff) return keyByRegex(line)
      kind = unitKinds[code] = kindOf(String.fromCharCode(code))
    }
    if (kind === NUMBER || kind === SPACE) {
      if (runStart >= 0) key += line.slice(runStart, at)
      runStart = -1
      if (kind === SPACE && key !== '') space = true
      continue
    }
    if (kind === LETTER) letter = true
    if (runStart < 0) {
      if (space) key += ' '
      space = false
      runStart = at
    }
  }
  if (runStart >= 0) key += line.slice(runStart)
  return letter ? key : ''
}

/** The key's definition: digits removed, whitespace collapsed, trimmed, '' without a letter. */
function keyByRegex(line: string): string {
  const key = line.replace(/\p{N}/gu, '').replace(/\s+/g, ' ').trim()
  return /\p{L}/u.test(key) ? key : ''
}

const UNKNOWN = 0
const NUMBER = 1
const SPACE = 2
const LETTER = 3
const OTHER = 4

/** Each BMP code unit's class for keyOf, filled in as units are met (a post uses a few hundred). */
const unitKinds = new Uint8Array(0x10000)

function kindOf(unit: string): number {
  if (/\p{N}/u.test(unit)) return NUMBER
  if (/\s/.test(unit)) return SPACE
  return /\p{L}/u.test(unit) ? LETTER : OTHER
}

/** `[text](target)` -> `[text]`, in one pass: no regex, so a hostile line costs linear time. */
function withoutLinkTargets(line: string): string {
  let out = ''
  let from = 0
  for (;;) {
    const open = line.indexOf('](', from)
    if (open < 0) break
    // Without a `)` after this target, no later target can close either.
    const close = line.indexOf(')', open + 2)
    if (close < 0) break
    out += line.slice(from, open + 1)
    from = close + 1
  }
  return from === 0 ? line : out + line.slice(from)
}

/**
 * The keys that are template text in a series, given each post's set of line keys (a set, so a
 * post counts a line once): with at least 5 posts, the keys found in at least 3 posts and in at
 * least half of them. A smaller series has no template text.
 */
export function templateLineKeys(postsLineKeys: ReadonlyArray<ReadonlySet<string>>): Set<string> {
  const template = new Set<string>()
  const posts = postsLineKeys.length
  if (posts < minSeriesPosts) return template
  const postsWith = new Map<string, number>()
  for (const keys of postsLineKeys)
    for (const key of keys) if (key) postsWith.set(key, (postsWith.get(key) ?? 0) + 1)
  for (const [key, count] of postsWith)
    if (count >= minTemplatePosts && count * 2 >= posts) template.add(key)
  return template
}

// A template's placeholders become these private-use characters, which markdownToProse keeps
// (it drops `{{…}}` as Liquid) and which are no letters, so a line of placeholders keys to ''.
const dateSlot = '\uE000'
const nameSlot = '\uE001'
const placeholder = /\{\{([^{}]{0,200})\}\}/g
const dateNames = new Set(['date', 'from', 'to'])

// What a filled placeholder leaves in a post's key (digits are gone from keys): a date leaves
// separators and 年月日-style units; a series or title name is a phrase, not a sentence.
const slotFills: ReadonlyMap<string | undefined, string> = new Map([
  [dateSlot, String.raw`[\p{P}\p{S}\s年月日时分秒号周T]`],
  [nameSlot, String.raw`[^。！？!?；;]`]
])
const maxFill = 64

/**
 * The keys of a bundled template's lines (read from resources/templates), with each `{{…}}`
 * kept as a wildcard for `fixedTemplateMatcher`. Lines that are only placeholders, whitespace or
 * punctuation have no key.
 */
export function templateFixedKeys(templateMarkdown: string): string[] {
  const marked = templateMarkdown.replace(placeholder, (_whole, inner: string) =>
    dateNames.has(inner.split(':')[0].trim()) ? dateSlot : nameSlot
  )
  const keys = markdownToProse(marked).split('\n').map(lineKey)
  return [...new Set(keys)].filter((key) => key !== '')
}

/**
 * Whether a post's line key is the fixed text of a bundled template (a heading, the date line)
 * however the template was filled. Takes the template's prose lines or, to match its filled
 * placeholders too, `templateFixedKeys`.
 */
export function fixedTemplateMatcher(
  templateProseLines: readonly string[]
): (key: string) => boolean {
  const literal = new Set<string>()
  const patterns: Array<{ needle: string; pattern: RegExp }> = []
  for (const line of templateProseLines) {
    const key = lineKey(line)
    if (!key) continue
    if (key.includes(dateSlot) || key.includes(nameSlot)) {
      patterns.push({ needle: longestFixedRun(key), pattern: slotPattern(key) })
    } else literal.add(compact(key))
  }
  // Every line of every post is asked: a plain substring test spares most of them the regex.
  return (key) =>
    key !== '' &&
    (literal.has(compact(key)) ||
      patterns.some(({ needle, pattern }) => key.includes(needle) && pattern.test(key)))
}

/**
 * The longest run of a template key between its slots and spaces (the pattern lets a space go,
 * so only a run without one is sure to stand whole in every line it matches).
 */
function longestFixedRun(key: string): string {
  return key
    .split(new RegExp(`[${dateSlot}${nameSlot}\\s]`, 'u'))
    .reduce((longest, run) => (run.length > longest.length ? run : longest), '')
}

/** Fixed lines are compared without whitespace: Markdown marks leave spaces that vary. */
function compact(key: string): string {
  return key.replace(/\s+/g, '')
}

/**
 * A template key with placeholders as a pattern. The space the template writes between a
 * placeholder and its text is what tells "推特AI日报 报告" (filled) from "新能源的报告" (a
 * sentence), so it is required when the placeholder was filled and absent when it was removed.
 */
function slotPattern(key: string): RegExp {
  const chars = Array.from(key)
  let source = ''
  for (let i = 0; i < chars.length; i++) {
    const fill = slotFills.get(chars[i])
    const nextFill = slotFills.get(chars[i + 1])
    if (fill && chars[i + 1] === ' ') {
      source += `(?:${fill}{1,${maxFill}}\\s)?`
      i++
    } else if (chars[i] === ' ' && nextFill && chars[i + 2] !== ' ') {
      source += `(?:\\s${nextFill}{1,${maxFill}})?`
      i++
    } else if (fill) source += `${fill}{0,${maxFill}}`
    else if (chars[i] === ' ') source += '\\s?'
    else source += chars[i].replace(/[.*+?^${}()|[\]\\/]/, '\\$&')
  }
  return new RegExp(`^${source}$`, 'u')
}
