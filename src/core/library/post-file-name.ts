import { invalidArgument } from '@shared/error-reasons'

/** Most file systems (ext4, APFS, NTFS in UTF-16 units) stop at 255 bytes per name. */
export const maxNameBytes = 255

const POST_EXTENSION = /\.(?:md|markdown)$/i
// Characters Windows refuses in a name, plus every control character (C0 and DEL).
const WINDOWS_RESERVED = /[<>:"|?*\u0000-\u001f\u007f]/
// CON, PRN, AUX, NUL, COM1-9, LPT1-9 are devices on Windows, with any extension.
const DEVICE_NAME = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\.|$)/i

/**
 * Checks a new name for a post, as the writer typed it, and returns it in NFC (the form Windows
 * and Linux tools write; macOS accepts either). Refuses, with the reason, any name that is not a
 * bare `.md`/`.markdown` file name every common file system keeps and a scan would list.
 */
export function checkPostFileName(fileName: string): string {
  if (fileName.trim() === '') {
    throw invalidArgument('emptyName', 'The new name is empty.')
  }
  const name = fileName.normalize('NFC')
  if (name.includes('/') || name.includes('\\')) {
    throw invalidArgument(
      'notBareName',
      `"${name}" is not a bare file name: it must not contain "/" or "\\".`,
      {
        name
      }
    )
  }
  if (name === '.' || name === '..' || name.startsWith('.')) {
    const message = `"${name}" starts with a dot: such files are hidden and not listed as posts.`
    throw invalidArgument('hiddenName', message, { name })
  }
  const reserved = WINDOWS_RESERVED.exec(name)
  if (reserved) {
    const control = /[\u0000-\u001f\u007f]/.test(reserved[0])
    const shown = control ? 'a control character' : reserved[0]
    const message = `"${printable(name)}" contains ${shown}, which Windows does not allow in names.`
    const params = { name: printable(name), character: reserved[0] }
    throw invalidArgument(control ? 'controlCharacter' : 'reservedCharacter', message, params)
  }
  if (/[. ]$/.test(name) || name !== name.trim()) {
    throw invalidArgument(
      'nameEdges',
      `"${name}" begins or ends with a space or ends with a dot.`,
      {
        name
      }
    )
  }
  if (!POST_EXTENSION.test(name)) {
    throw invalidArgument(
      'notMarkdownName',
      `"${name}" must end in .md or .markdown to stay a post.`,
      {
        name
      }
    )
  }
  if (DEVICE_NAME.test(name)) {
    throw invalidArgument('deviceName', `"${name}" is a device name on Windows.`, { name })
  }
  if (Buffer.byteLength(name, 'utf8') > maxNameBytes) {
    const message = `The name is longer than ${maxNameBytes} bytes (a Chinese character takes 3).`
    throw invalidArgument('nameBytes', message, { limit: String(maxNameBytes) })
  }
  return name
}

/**
 * The key two names share when a case-insensitive or normalization-insensitive file system
 * (macOS, Windows) would see one file: `A.md` and `a.md`, or `é.md` in NFC and NFD.
 */
export function nameKey(name: string): string {
  return name.normalize('NFC').toUpperCase().toLowerCase()
}

function printable(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f]/g, '?')
}
