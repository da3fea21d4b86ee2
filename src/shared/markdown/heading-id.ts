import type { StateCore } from 'markdown-it'

/**
 * Heading ids as GitHub and kramdown's GFM mode make them, so `[see](#背景-和目标)` written for the
 * published site also works in the preview: lower-case, letters (any script, so Chinese stays
 * Chinese), marks, digits, `_` and `-` kept, each space turned into `-`, everything else dropped.
 */
export function headingId(text: string): string {
  const id = text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-')
  // kramdown names a heading without any word character `section`.
  return id === '' ? 'section' : id
}

/** Ids given so far in one document, and the next suffix to try for each. */
export class IdRegistry {
  private readonly taken = new Set<string>()
  private readonly nextSuffix = new Map<string, number>()

  /** `id`, then `id-1`, `id-2`… for headings that repeat, never an id already given. */
  claim(id: string): string {
    let suffix = this.nextSuffix.get(id) ?? 0
    let unique = suffix === 0 ? id : `${id}-${suffix}`
    while (this.taken.has(unique)) unique = `${id}-${++suffix}`
    this.nextSuffix.set(id, suffix + 1)
    this.taken.add(unique)
    return unique
  }
}

/**
 * Heading ids must be unique in the whole post, but the post is rendered section by section (see
 * ./sections). So markdown-it writes each heading's slug between two private-use characters, and
 * the ids are claimed in document order once all sections are assembled. (This replaces
 * markdown-it-anchor, which can only number within one parse and is quadratic besides: it looks
 * each heading up with `tokens.indexOf` and counts duplicate suffixes up from 1 every time, 150 ms
 * of every keystroke on a 1 MB post of repeated sections.)
 */
const slugOpen = '\uE002'
const slugClose = '\uE003'
const slugMarker = /id="\uE002([^"\uE003]*)\uE003"/g

/** A core rule: each heading gets its slug, marked, as its id. */
export function markHeadingSlugs(state: StateCore): void {
  const tokens = state.tokens
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].type !== 'heading_open') continue
    const text = (tokens[i + 1].children ?? [])
      .filter((child) => child.type === 'text' || child.type === 'code_inline')
      .map((child) => child.content)
      .join('')
    tokens[i].attrSet('id', `${slugOpen}${headingId(text)}${slugClose}`)
  }
}

/** Replaces the marked slugs in a block's HTML by unique ids, in order. */
export function claimHeadingIds(html: string, ids: IdRegistry): string {
  if (!html.includes(slugOpen)) return html
  return html.replace(slugMarker, (_whole, slug: string) => `id="${ids.claim(slug)}"`)
}
