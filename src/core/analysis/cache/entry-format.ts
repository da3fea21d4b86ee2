import { crc32 } from 'node:zlib'
import { BREAK, Vocabulary } from '@shared/words'
import type { SegmentedIds, SegmentedPost } from '../segmented'
import { DamagedEntry, VarintReader, VarintWriter } from './varint'

/*
 * One cache entry, laid out for a fast read (a warm run parses hundreds of them):
 *
 *   header, one ASCII line:
 *     postcloud-analysis-cache 1 <key> <text bytes> <body bytes> <crc32 of the body, hex>\n
 *   body:
 *     text: the table's strings, concatenated, as UTF-16LE code units (decoding is a copy,
 *           any JS string comes back exactly, and CJK takes 2 bytes instead of UTF-8's 3);
 *     then LEB128 integers: chars; the string count and each string's length; the compound
 *     count and per compound its count, term, part count and parts; the count of line keys
 *     and the keys; the bag's size and per word its string and count; the series facts (series
 *     + 1 or 0, the category count and categories, title + 1 or 0); last the line count
 *     and per line its token count and tokens ('' for a break). Strings are indexes into the
 *     table, the lines' tokens first in the order met, so a post's common words take one byte.
 *
 * The lines come last and are read only when asked for: a warm count of a post without
 * boilerplate needs its bag alone. They are checked (every index inside the table, nothing
 * after them) when the entry is read, without building a string.
 *
 * No separator characters: a token may hold any character, so a round trip is exact.
 * Whatever does not check out (header, length, key, checksum, structure) is not an entry.
 * CRC-32 is there for damage (a cut is already caught by the lengths): it costs a quarter of
 * sha256, and no checksum would stop someone who can write the cache folder anyway.
 */

const magic = 'postcloud-analysis-cache'
const version = '3'
/** The header is ~190 bytes; a file without a newline before this is not ours. */
const maxHeaderBytes = 256

/** The bytes of an entry file for `key`, or undefined for a value that cannot be stored exactly. */
export function encodeEntry(key: string, post: SegmentedIds): Buffer | undefined {
  if (!isStorable(post)) return undefined
  // The lines go first: their tokens then get the small indexes (one byte each for a post's
  // first 128 words), and only the tokens the lines use are stored. The lines' bytes still
  // come last in the body.
  const table = new EntryStrings(post.words)
  const lines = encodeLines(post, table)
  const rest = encodeRest(post, table)
  const text = Buffer.from(table.strings.join(''), 'utf16le')
  const numbers = new VarintWriter(table.strings.length + 16)
  numbers.uint(post.chars)
  numbers.uint(table.strings.length)
  for (const string of table.strings) numbers.uint(string.length)
  const body = Buffer.concat([text, numbers.result(), rest.result(), lines.result()])
  const header = [magic, version, key, text.length, body.length, checksum(body)].join(' ')
  return Buffer.concat([Buffer.from(header + '\n', 'latin1'), body])
}

/**
 * The entry's string table as it is filled: the post's tokens by their numbers (no string
 * hashed: a post's words are distinct already), other strings by value. A string may then be
 * stored twice, as a token and as, say, a line key; reading does not care.
 */
class EntryStrings {
  private readonly table = new Vocabulary()
  private readonly tokenAt: Int32Array

  constructor(private readonly tokens: readonly string[]) {
    this.tokenAt = new Int32Array(tokens.length).fill(-1)
  }

  get strings(): readonly string[] {
    return this.table.words
  }

  /** The index of the post's token number `id`. */
  token(id: number): number {
    let at = this.tokenAt[id]
    if (at < 0) this.tokenAt[id] = at = this.table.append(this.tokens[id])
    return at
  }

  /** The index of a string that is not looked up as a token. */
  string(value: string): number {
    return this.table.id(value)
  }
}

// encodeEntry's parts are small functions of their own: the series facts and empty or full
// lists give its values several shapes, and each new one met after V8 optimised the code
// throws it away; a small function is cheap to optimise again in every analysis thread.

function isStorable(post: SegmentedIds): boolean {
  return (
    isCount(post.chars) &&
    post.compounds.every((compound) => isCount(compound.count)) &&
    post.bag.counts.every(isCount)
  )
}

function encodeLines(post: SegmentedIds, table: EntryStrings): VarintWriter {
  const { ids, starts } = post.lines
  const lines = new VarintWriter(ids.length + starts.length + 16)
  // A break is a third of a post's tokens: its index is looked up once, not per break.
  let breakAt = -1
  lines.uint(starts.length - 1)
  for (let k = 0; k + 1 < starts.length; k++) {
    lines.uint(starts[k + 1] - starts[k])
    for (let i = starts[k]; i < starts[k + 1]; i++) {
      const id = ids[i]
      if (id !== BREAK) lines.uint(table.token(id))
      else {
        if (breakAt < 0) breakAt = table.string('')
        lines.uint(breakAt)
      }
    }
  }
  return lines
}

function encodeRest(post: SegmentedIds, table: EntryStrings): VarintWriter {
  const rest = new VarintWriter(post.keys.length + 2 * post.bag.ids.length + 64)
  rest.uint(post.compounds.length)
  for (const { count, term, parts } of post.compounds) {
    rest.uint(count)
    rest.uint(table.string(term))
    rest.uint(parts.length)
    for (const part of parts) rest.uint(table.string(part))
  }
  rest.uint(post.keys.length)
  for (const lineKey of post.keys) rest.uint(table.string(lineKey))
  const { ids, counts } = post.bag
  rest.uint(ids.length)
  for (let i = 0; i < ids.length; i++) {
    rest.uint(table.token(ids[i]))
    rest.uint(counts[i])
  }
  encodeAbout(post.about, rest, table)
  return rest
}

function encodeAbout(about: SegmentedIds['about'], rest: VarintWriter, table: EntryStrings): void {
  rest.uint(about.series === undefined ? 0 : table.string(about.series) + 1)
  rest.uint(about.categories.length)
  for (const category of about.categories) rest.uint(table.string(category))
  rest.uint(about.title === null ? 0 : table.string(about.title) + 1)
}

/** The post stored in `bytes` for `key`, or undefined for anything damaged, foreign or partial. */
export function decodeEntry(key: string, bytes: Buffer): SegmentedPost | undefined {
  try {
    return decode(key, bytes)
  } catch {
    return undefined
  }
}

function decode(key: string, bytes: Buffer): SegmentedPost {
  const headerEnd = bytes.subarray(0, maxHeaderBytes).indexOf(0x0a)
  if (headerEnd < 0) throw new DamagedEntry('no header')
  const fields = bytes.toString('latin1', 0, headerEnd).split(' ')
  if (fields.length !== 6 || fields[0] !== magic || fields[1] !== version || fields[2] !== key) {
    throw new DamagedEntry('foreign header')
  }
  const textBytes = decimal(fields[3])
  const start = headerEnd + 1
  const body = bytes.subarray(start)
  if (decimal(fields[4]) !== body.length || textBytes > body.length || textBytes % 2 !== 0) {
    throw new DamagedEntry('wrong length')
  }
  if (checksum(body) !== fields[5]) throw new DamagedEntry('wrong checksum')

  const text = bytes.toString('utf16le', start, start + textBytes)
  const numbers = new VarintReader(bytes, start + textBytes)
  const chars = numbers.uint()
  const table = readTable(numbers, text)
  const compounds = readCompounds(numbers, table)
  const keys = new Array<string>(numbers.count())
  for (let i = 0; i < keys.length; i++) keys[i] = tableString(table, numbers.uint())
  const bag = readBag(numbers, table)
  const about = readAbout(numbers, table)
  const starts = checkLines(numbers, table.length)
  if (numbers.pos !== bytes.length) throw new DamagedEntry('trailing bytes')
  let lines: string[][] | undefined
  const post: SegmentedPost = {
    chars,
    keys,
    compounds,
    bag,
    about,
    get lines() {
      lines ??= Array.from(starts, (start) => readLine(new VarintReader(bytes, start), table))
      return lines
    }
  }
  // A method, not data: not enumerable, so the value compares and copies as the one stored.
  Object.defineProperty(post, 'lineAt', {
    value(index: number): string[] {
      if (lines) return lines[index]
      if (!(index >= 0 && index < starts.length)) return []
      return readLine(new VarintReader(bytes, starts[index]), table)
    }
  })
  return post
}

function readBag(numbers: VarintReader, table: string[]): SegmentedPost['bag'] {
  const size = numbers.count()
  const words = new Array<string>(size)
  const counts = new Array<number>(size)
  for (let i = 0; i < size; i++) {
    words[i] = tableString(table, numbers.uint())
    counts[i] = numbers.uint()
  }
  return { words, counts }
}

function readAbout(numbers: VarintReader, table: string[]): SegmentedPost['about'] {
  const series = numbers.uint()
  const categories = new Array<string>(numbers.count())
  for (let i = 0; i < categories.length; i++) categories[i] = tableString(table, numbers.uint())
  const title = numbers.uint()
  return {
    ...(series === 0 ? {} : { series: tableString(table, series - 1) }),
    categories,
    title: title === 0 ? null : tableString(table, title - 1)
  }
}

/**
 * Walks the lines as readLine would, building no string (a damaged entry fails on reading), and
 * returns where each line starts, for reading one line alone.
 */
function checkLines(numbers: VarintReader, tableSize: number): Float64Array {
  const lineCount = numbers.count()
  const starts = new Float64Array(lineCount)
  for (let i = 0; i < lineCount; i++) {
    starts[i] = numbers.pos
    const tokens = numbers.count()
    for (let j = 0; j < tokens; j++) {
      if (numbers.uint() >= tableSize) throw new DamagedEntry('token outside the table')
    }
  }
  return starts
}

function readTable(numbers: VarintReader, text: string): string[] {
  const table = new Array<string>(numbers.count())
  let offset = 0
  for (let i = 0; i < table.length; i++) {
    const length = numbers.uint()
    table[i] = text.slice(offset, offset + length)
    offset += length
  }
  if (offset !== text.length) throw new DamagedEntry('string lengths do not add up')
  return table
}

function readCompounds(numbers: VarintReader, table: string[]): SegmentedPost['compounds'] {
  const compounds: SegmentedPost['compounds'] = new Array(numbers.count())
  for (let i = 0; i < compounds.length; i++) {
    const count = numbers.uint()
    const term = tableString(table, numbers.uint())
    const parts = new Array<string>(numbers.count())
    for (let j = 0; j < parts.length; j++) parts[j] = tableString(table, numbers.uint())
    compounds[i] = { term, parts, count }
  }
  return compounds
}

/** One line from its start: one-byte indexes are read inline, longer ones by the reader. */
function readLine(numbers: VarintReader, table: string[]): string[] {
  const { bytes } = numbers
  const line = new Array<string>(numbers.count())
  let pos = numbers.pos
  for (let j = 0; j < line.length; j++) {
    const byte = bytes[pos]
    let index: number
    if (byte < 0x80) {
      index = byte
      pos++
    } else {
      // Past the end `byte` is undefined and lands here too: the reader throws.
      numbers.pos = pos
      index = numbers.uint()
      pos = numbers.pos
    }
    if (index >= table.length) throw new DamagedEntry('token outside the table')
    line[j] = table[index]
  }
  return line
}

function tableString(table: string[], index: number): string {
  if (index >= table.length) throw new DamagedEntry('string outside the table')
  return table[index]
}

function isCount(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0
}

function decimal(field: string): number {
  return /^\d{1,15}$/.test(field) ? Number(field) : NaN
}

function checksum(bytes: Uint8Array): string {
  return crc32(bytes).toString(16).padStart(8, '0')
}
