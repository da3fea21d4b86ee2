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
 * A core rule giving every heading its id: what markdown-it-anchor does with
 * `slugify: headingId`, in linear time. The plugin looks each heading up with `tokens.indexOf`
 * and counts duplicate suffixes up from 1 each time; on a 1 MB post of repeated sections that
 * was 150 ms of every keystroke's render.
 */
export function headingIds(state: StateCore): void {
  const ids = new IdRegistry()
  const tokens = state.tokens
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].type !== 'heading_open') continue
    const text = (tokens[i + 1].children ?? [])
      .filter((child) => child.type === 'text' || child.type === 'code_inline')
      .map((child) => child.content)
      .join('')
    tokens[i].attrSet('id', ids.claim(headingId(text)))
  }
}
