import { bindingPrefixes, compoundStoppers } from './function-words'
import { BREAK, Vocabulary, numberLines } from './token-stream'
import type { TokenLines } from './token-stream'
import type { NumberedWords } from '../text/latin-runs'

/**
 * Compounds: a term missing from jieba's dictionary comes out in pieces (具身智能 -> 具身/智能).
 * Within one post, adjacent tokens that the text almost never writes apart count as one term.
 */
export interface Compound {
  /** The merged term, e.g. 具身智能. */
  term: string
  /** The post's original tokens that make it up, in order, e.g. [具身, 智能]. */
  parts: string[]
  /** How often the post writes it (after longer terms took their share). */
  count: number
}

export interface CompoundOptions {
  /** Words that never become part of a compound: the user dictionary's words. */
  protectedWords?: ReadonlySet<string>
}

/** A pair binds from this many occurrences in the post... */
const minPairCount = 3
/** ...when at least this share of one part's occurrences is inside the pair. */
const minShare = 0.9
/** Each round can at most double a term's parts; four rounds reach terms of up to 16 tokens. */
const maxRounds = 4

/** What a unit may be in a pair: worked out only for units frequent enough to bind at all. */
const CHECKED = 1
const FIRST = 2
const SECOND = 4

/** Code points, so that an astral character counts as one. */
function isSingleCharacter(token: string): boolean {
  return token.length === 1 || (token.length === 2 && token.codePointAt(0)! > 0xffff)
}

/**
 * The units of the stream, original tokens and compounds of them. The post's tokens are units
 * 0..n-1 (their numbers in its vocabulary); each new compound gets the next number, once per
 * part sequence, so that the rounds count and compare small integers.
 */
class Units {
  /** The term of each unit id. */
  readonly terms: string[]
  /** The original tokens of a compound; undefined for an original token (its own part). */
  private readonly parts: (string[] | undefined)[]
  private readonly roles: number[]
  private readonly byParts = new Map<string, number>()
  private readonly merged = new Map<number, Map<number, number>>()

  constructor(
    tokens: readonly string[],
    private readonly protectedWords: ReadonlySet<string>
  ) {
    this.terms = tokens.slice()
    this.parts = new Array<string[] | undefined>(tokens.length).fill(undefined)
    this.roles = new Array<number>(tokens.length).fill(0)
  }

  get size(): number {
    return this.terms.length
  }

  /** The original tokens of a compound, or undefined for an original token. */
  compoundParts(id: number): string[] | undefined {
    return this.parts[id]
  }

  /** FIRST and/or SECOND: the places the unit may take in a pair. */
  role(id: number): number {
    let role = this.roles[id]
    if (role === 0) this.roles[id] = role = this.classify(id)
    return role
  }

  /** The unit of a followed by b; ((大,语言),模型) and (大,(语言,模型)) are the same unit. */
  merge(a: number, b: number): number {
    let row = this.merged.get(a)
    if (!row) this.merged.set(a, (row = new Map()))
    let id = row.get(b)
    if (id === undefined) {
      const parts = [...(this.parts[a] ?? [this.terms[a]]), ...(this.parts[b] ?? [this.terms[b]])]
      const key = parts.join('\u0000')
      id = this.byParts.get(key)
      if (id === undefined) {
        id = this.add(parts.join(''), parts)
        this.byParts.set(key, id)
      }
      row.set(b, id)
    }
    return id
  }

  /** Function words and protected words never bind; a single character only as a prefix. */
  private classify(id: number): number {
    if (this.parts[id]) return CHECKED | FIRST | SECOND
    const token = this.terms[id]
    if (compoundStoppers.has(token) || this.protectedWords.has(token)) return CHECKED
    if (!isSingleCharacter(token)) return CHECKED | FIRST | SECOND
    return bindingPrefixes.has(token) ? CHECKED | FIRST : CHECKED
  }

  private add(term: string, parts: string[] | undefined): number {
    this.terms.push(term)
    this.parts.push(parts)
    this.roles.push(0)
    return this.terms.length - 1
  }
}

/** Occurrences per unit id (ids are dense, so an array beats a Map on this hot path). */
function countUnits(ids: Int32Array, unitCount: number): Uint32Array {
  const counts = new Uint32Array(unitCount)
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]
    if (id !== BREAK) counts[id]++
  }
  return counts
}

/**
 * The pairs that bind, as each unit's one partner: `after[a]` is the b that a binds to, `before[b]`
 * the a that b binds to (-1: none). A binding pair holds at least 90% of one part's occurrences,
 * so that partner is the majority neighbour of that part: one majority vote per unit finds the
 * only candidate, a second pass counts it exactly. Typed arrays, no Map of pairs.
 */
interface Binding {
  after: Int32Array
  before: Int32Array
  any: boolean
}

/** Where each pair that may bind at all starts: both units frequent enough, in a fitting role. */
function candidatePairs(stream: TokenLines, counts: Uint32Array, units: Units): Int32Array {
  const { ids, starts } = stream
  // Each unit's role, 0 for one too rare to bind: a typed array read per token, not a call.
  const roles = new Uint8Array(counts.length)
  for (let id = 0; id < counts.length; id++) {
    if (counts[id] >= minPairCount) roles[id] = units.role(id)
  }
  const found = new Int32Array(ids.length)
  let size = 0
  for (let k = 0; k + 1 < starts.length; k++) {
    const end = starts[k + 1] - 1
    for (let i = starts[k]; i < end; i++) {
      const a = ids[i]
      const b = ids[i + 1]
      if (a === BREAK || b === BREAK) continue
      if ((roles[a] & FIRST) !== 0 && (roles[b] & SECOND) !== 0) found[size++] = i
    }
  }
  return found.subarray(0, size)
}

function findBinding(stream: TokenLines, counts: Uint32Array, units: Units): Binding {
  const { ids } = stream
  const size = counts.length
  const pairs = candidatePairs(stream, counts, units)
  const next = new Int32Array(size).fill(-1)
  const nextVotes = new Uint32Array(size)
  const previous = new Int32Array(size).fill(-1)
  const previousVotes = new Uint32Array(size)
  for (let p = 0; p < pairs.length; p++) {
    const a = ids[pairs[p]]
    const b = ids[pairs[p] + 1]
    if (nextVotes[a] === 0) next[a] = b
    nextVotes[a] += next[a] === b ? 1 : -1
    if (previousVotes[b] === 0) previous[b] = a
    previousVotes[b] += previous[b] === a ? 1 : -1
  }
  const withNext = new Uint32Array(size)
  const withPrevious = new Uint32Array(size)
  for (let p = 0; p < pairs.length; p++) {
    const a = ids[pairs[p]]
    const b = ids[pairs[p] + 1]
    if (next[a] === b) withNext[a]++
    if (previous[b] === a) withPrevious[b]++
  }
  const binding: Binding = {
    after: new Int32Array(size).fill(-1),
    before: new Int32Array(size).fill(-1),
    any: false
  }
  for (let id = 0; id < size; id++) {
    if (withNext[id] >= minPairCount && withNext[id] >= minShare * counts[id]) {
      binding.after[id] = next[id]
      binding.any = true
    }
    if (withPrevious[id] >= minPairCount && withPrevious[id] >= minShare * counts[id]) {
      binding.before[id] = previous[id]
      binding.any = true
    }
  }
  return binding
}

/** Merges binding pairs left to right; a unit joins at most one pair per round. */
function mergeRound(stream: TokenLines, binding: Binding, units: Units): TokenLines {
  const { after, before } = binding
  const { ids, starts } = stream
  const out = new Int32Array(ids.length)
  const outStarts = new Int32Array(starts.length)
  // The merged unit of a with after[a], and of before[b] with b (each unit binds one way per
  // side), so that units.merge runs once per pair, not once per occurrence.
  const afterUnit = new Int32Array(after.length).fill(-1)
  const beforeUnit = new Int32Array(before.length).fill(-1)
  let size = 0
  for (let k = 0; k + 1 < starts.length; k++) {
    outStarts[k] = size
    const end = starts[k + 1]
    for (let i = starts[k]; i < end; i++) {
      const a = ids[i]
      const b = i + 1 < end ? ids[i + 1] : BREAK
      if (a !== BREAK && b !== BREAK && after[a] === b) {
        if (afterUnit[a] < 0) afterUnit[a] = units.merge(a, b)
        out[size++] = afterUnit[a]
        i++
      } else if (a !== BREAK && b !== BREAK && before[b] === a) {
        if (beforeUnit[b] < 0) beforeUnit[b] = units.merge(a, b)
        out[size++] = beforeUnit[b]
        i++
      } else out[size++] = a
    }
  }
  outStarts[starts.length - 1] = size
  return { ids: out.subarray(0, size), starts: outStarts }
}

/** Code unit order: the same on every platform and locale. */
function compareCompounds(x: Compound, y: Compound): number {
  if (x.term !== y.term) return x.term < y.term ? -1 : 1
  const xs = x.parts.join('\u0000')
  const ys = y.parts.join('\u0000')
  return xs < ys ? -1 : xs > ys ? 1 : 0
}

/**
 * The compounds of one post's token lines ('' is a break that no compound crosses). Adjacent
 * tokens a b bind when the pair occurs at least 3 times and at least 90% of a's or of b's
 * occurrences are inside it. Function words (compoundStoppers) and protected words never bind; a
 * single character binds only as a prefix (bindingPrefixes) before a longer word. Rounds repeat on
 * the merged stream, so 3+ part terms (大/语言/模型) form through repetition.
 * Sorted by term in code unit order, then by parts (the same term may be cut two ways).
 */
export function findCompounds(
  lines: readonly (readonly string[])[],
  options: CompoundOptions = {}
): Compound[] {
  const vocabulary = new Vocabulary()
  return findCompoundsIn(numberLines(lines, vocabulary), vocabulary.words, options)
}

/** findCompounds on numbered lines: `tokens` are the words the numbers stand for. */
export function findCompoundsIn(
  lines: TokenLines,
  tokens: readonly string[],
  options: CompoundOptions = {}
): Compound[] {
  const units = new Units(tokens, options.protectedWords ?? new Set())
  let stream = lines
  let counts = countUnits(stream.ids, units.size)
  for (let round = 0; round < maxRounds; round++) {
    const binding = findBinding(stream, counts, units)
    if (!binding.any) break
    stream = mergeRound(stream, binding, units)
    counts = countUnits(stream.ids, units.size)
  }
  const compounds: Compound[] = []
  counts.forEach((count, id) => {
    const parts = units.compoundParts(id)
    if (count > 0 && parts) compounds.push({ term: units.terms[id], parts, count })
  })
  return compounds.sort(compareCompounds)
}

/** First part -> the compounds starting with it, longest first. */
type CompoundIndex = Map<string, readonly Compound[]>

const indexes = new WeakMap<readonly Compound[], CompoundIndex>()

/**
 * Built once per compounds array, since the caller applies the same list to every line of a post;
 * the array is therefore taken as frozen once used.
 */
function indexOf(compounds: readonly Compound[]): CompoundIndex {
  let index = indexes.get(compounds)
  if (!index) {
    const grouped = new Map<string, Compound[]>()
    for (const compound of compounds) {
      const first = compound.parts[0]
      if (compound.parts.length < 2 || first === '') continue
      const group = grouped.get(first)
      if (group) group.push(compound)
      else grouped.set(first, [compound])
    }
    for (const group of grouped.values()) group.sort((x, y) => y.parts.length - x.parts.length)
    index = grouped
    indexes.set(compounds, index)
  }
  return index
}

function startsAt(line: readonly string[], at: number, parts: readonly string[]): boolean {
  if (at + parts.length > line.length) return false
  for (let k = 0; k < parts.length; k++) if (line[at + k] !== parts[k]) return false
  return true
}

/**
 * Finds, for a line and a position, the compound (of the given ones) that starts at `line[at]`,
 * the longest when several do, or undefined; the index of the compounds is built once, for a
 * caller that walks many lines with the same compounds. Undefined when there are none.
 */
export function compoundMatcher(
  compounds: readonly Compound[]
): ((line: readonly string[], at: number) => Compound | undefined) | undefined {
  if (compounds.length === 0) return undefined
  const index = indexOf(compounds)
  return (line, at) => index.get(line[at])?.find((compound) => startsAt(line, at, compound.parts))
}

/**
 * One line with the given compounds merged: scanning left to right, the longest compound that
 * starts at a token wins. Other tokens (and breaks) stay as they are, so the line's text is
 * unchanged: `join('')` before equals after.
 */
export function applyCompounds(line: readonly string[], compounds: readonly Compound[]): string[] {
  const matcher = compoundMatcher(compounds)
  if (!matcher) return [...line]
  const out: string[] = []
  for (let i = 0; i < line.length; i++) {
    const match = matcher(line, i)
    if (match) {
      out.push(match.term)
      i += match.parts.length - 1
    } else out.push(line[i])
  }
  return out
}

/** A compound as numbers in a vocabulary. */
interface NumberedCompound {
  term: number
  parts: Int32Array
}

/**
 * compoundMatcher for numbered lines: the same compounds, their terms and parts as numbers in
 * `vocabulary` (terms are added to it), matched the same way, longest first.
 */
export class NumberedCompounds {
  /**
   * By number: the compounds whose first part it is, longest first (undefined for most). A
   * caller walking every token checks this before calling `at`.
   */
  readonly byFirst: (NumberedCompound[] | undefined)[] = []

  constructor(compounds: readonly Compound[], vocabulary: NumberedWords) {
    for (const compound of compounds) {
      if (compound.parts.length < 2 || compound.parts[0] === '') continue
      const numbered = {
        term: vocabulary.id(compound.term),
        parts: Int32Array.from(compound.parts, (part) => vocabulary.id(part))
      }
      const group = this.byFirst[numbered.parts[0]]
      if (group) group.push(numbered)
      else this.byFirst[numbered.parts[0]] = [numbered]
    }
    for (const group of this.byFirst) group?.sort((x, y) => y.parts.length - x.parts.length)
  }

  /** The compound that starts at ids[at] and ends by `end`, the longest when several do. */
  at(ids: Int32Array, at: number, end: number): NumberedCompound | undefined {
    const group = this.byFirst[ids[at]]
    if (!group) return undefined
    search: for (const compound of group) {
      const { parts } = compound
      if (at + parts.length > end) continue
      for (let k = 1; k < parts.length; k++) if (ids[at + k] !== parts[k]) continue search
      return compound
    }
    return undefined
  }
}
