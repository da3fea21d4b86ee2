/** Stopword and keep-word lists: one word per line, `#` starts a comment line, blanks ignored. */

/** Anything with `has`, so a Set and a union of Sets are interchangeable. */
export interface WordLookup {
  has(word: string): boolean
}

/** Parses list text (a file's content) into its words, in file order. */
export function parseWordList(text: string): string[] {
  const words: string[] = []
  // A BOM would otherwise glue itself to the first word.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  for (const line of body.split('\n')) {
    const word = line.trim()
    if (word !== '' && !word.startsWith('#')) words.push(word)
  }
  return words
}

/**
 * Combines lists into one Set. Latin entries are also stored lowercased, so a lookup of the
 * lowercased token (see `hasWord`) makes the lists case-insensitive for English.
 */
export function createWordSet(...lists: Iterable<string>[]): Set<string> {
  const set = new Set<string>()
  for (const list of lists) {
    for (const raw of list) {
      const word = raw.trim()
      if (word === '') continue
      set.add(word)
      const lower = word.toLowerCase()
      if (lower !== word) set.add(lower)
    }
  }
  return set
}

/** True when the word, or its lowercase form, is in the lookup. */
export function hasWord(lookup: WordLookup, word: string): boolean {
  if (lookup.has(word)) return true
  const lower = word.toLowerCase()
  return lower !== word && lookup.has(lower)
}

/** A lookup that answers for several, without copying large Sets into one. */
export function unionLookup(...lookups: WordLookup[]): WordLookup {
  const parts = lookups.filter((lookup) => !(lookup instanceof Set && lookup.size === 0))
  if (parts.length === 1) return parts[0]
  return { has: (word) => parts.some((lookup) => lookup.has(word)) }
}
