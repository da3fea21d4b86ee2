import { maxFileNameBytes, safeStem } from '@shared/cloud/file-name'

/** The image kinds a post may embed from a paste or drop. */
export type PastedKind = 'png' | 'jpeg' | 'gif' | 'webp'

const extensions: Record<PastedKind, string> = {
  png: '.png',
  jpeg: '.jpg',
  gif: '.gif',
  webp: '.webp'
}

/** The kind named by the first bytes (the file's own word, not its name), or null. */
export function sniffImage(bytes: Uint8Array): PastedKind | null {
  const starts = (sig: number[], at = 0): boolean =>
    bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b)
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  if (starts([0xff, 0xd8, 0xff])) return 'jpeg'
  if (starts([0x47, 0x49, 0x46, 0x38]) && (starts([0x37, 0x61], 4) || starts([0x39, 0x61], 4)))
    return 'gif'
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'webp'
  return null
}

// What clipboards and screenshot tools call any image: such a name tells the reader nothing.
const GENERIC_STEM =
  /^(?:image|img|picture|pic|photo|pasted|paste|clipboard|screenshot|untitled|blob|file)(?:[-_ ]?\d+)?$/i
// Letters of any script (Chinese included), combining marks, digits, `-`, `_` and `.` are kept.
const UNSAFE = /[^\p{L}\p{M}\p{N}._-]+/gu
// Room for `-NNN` before the extension when the name is taken.
const suffixRoom = 4

/**
 * The file name for a pasted image: the given name's stem with spaces and unsafe characters as
 * `-` (Chinese kept), and the extension the bytes call for (`.jpeg` kept as written). An empty or
 * generic name (`image.png`) becomes `image-<yyyymmdd-hhmmss>` in the writer's local time.
 */
export function pastedImageName(given: string, kind: PastedKind, now: Date): string {
  const base = given.split(/[/\\]/).pop() ?? ''
  const dot = base.lastIndexOf('.')
  const givenExt = dot > 0 ? base.slice(dot).toLowerCase() : ''
  const ext = kind === 'jpeg' && givenExt === '.jpeg' ? '.jpeg' : extensions[kind]
  const rawStem = dot > 0 ? base.slice(0, dot) : base
  const cleaned = rawStem
    .normalize('NFC')
    .replace(UNSAFE, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '')
  const stem = cleaned === '' || GENERIC_STEM.test(cleaned) ? `image-${timestamp(now)}` : cleaned
  return `${safeStem(stem, maxFileNameBytes - ext.length - suffixRoom)}${ext}`
}

/** `name.png` -> `name-1.png`, `name-2.png`… for a taken name. */
export function numberedName(name: string, n: number): string {
  const dot = name.lastIndexOf('.')
  return `${name.slice(0, dot)}-${n}${name.slice(dot)}`
}

/** A relative path as a link target: every segment percent-encoded, so any name links safely. */
export function encodePathSegments(path: string): string {
  return path
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment).replace(
        /[!'()*]/g,
        (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
      )
    )
    .join('/')
}

function timestamp(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0')
  const day = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}`
  return `${day}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`
}
