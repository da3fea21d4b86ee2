import { createHash } from 'node:crypto'
import { crc32 } from 'node:zlib'
import { entryPath } from './entry-key'

/*
 * A result that depends on many posts (a folder's summed counts), kept as one file among the
 * entries, so the same LRU bound and the same atomic writes apply:
 *
 *   postcloud-result-memo 1 <sha256 of the inputs> <body bytes> <crc32 of the body, hex>\n
 *   <the value as JSON>
 *
 * It is found by its name (what it is a result of, e.g. a folder and its rules) and answers only
 * for exactly the inputs it was made from (e.g. every post's id and entry key): an edited post
 * changes its key, and the memo is then never read. Like an entry, anything that does not check
 * out reads as a miss.
 */

const magic = 'postcloud-result-memo'
const version = '1'

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/** Where the memo called `name` lives; under the fingerprint, like every entry. */
export function memoPath(root: string, fingerprint: string, name: string): string {
  return entryPath(root, sha256(`memo\0${fingerprint}\0${name}`))
}

export function encodeMemo(inputs: string, value: unknown): Buffer {
  const body = Buffer.from(JSON.stringify(value), 'utf8')
  const header = [magic, version, sha256(inputs), body.length, checksum(body)].join(' ')
  return Buffer.concat([Buffer.from(header + '\n', 'latin1'), body])
}

/** A memo file that checked out: its value, for the inputs it was made from only. */
export interface StoredMemo {
  /** The value when `inputs` are the ones it was made from, else undefined. */
  valueFor(inputs: string): unknown
}

/** The memo in `bytes`, or undefined for anything damaged or foreign. */
export function decodeMemo(bytes: Buffer): StoredMemo | undefined {
  const headerEnd = bytes.subarray(0, 256).indexOf(0x0a)
  if (headerEnd < 0) return undefined
  const fields = bytes.toString('latin1', 0, headerEnd).split(' ')
  if (fields.length !== 5 || fields[0] !== magic || fields[1] !== version) return undefined
  const body = bytes.subarray(headerEnd + 1)
  if (fields[3] !== String(body.length) || fields[4] !== checksum(body)) return undefined
  return {
    valueFor(inputs) {
      if (fields[2] !== sha256(inputs)) return undefined
      try {
        return JSON.parse(body.toString('utf8')) as unknown
      } catch {
        return undefined
      }
    }
  }
}

function checksum(body: Uint8Array): string {
  return crc32(body).toString(16).padStart(8, '0')
}
