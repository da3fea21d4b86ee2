/**
 * Markdown for images pasted or dropped into the editor. The alt text is the file's name without
 * its extension, the link is the one the back end returned for the saved image.
 */

const imageExtension = /\.(?:png|jpe?g|gif|webp|bmp|svg|avif|tiff?|ico|heic)$/i

/** `![name](link)` with brackets in the name escaped and a link with spaces or parentheses in `<…>`. */
export function imageMarkdown(fileName: string, link: string): string {
  const base = fileName.replace(/\.[^./\\]+$/, '') || fileName
  const alt = base.replace(/[\\[\]]/g, (char) => `\\${char}`).replace(/[\r\n]+/g, ' ')
  const target = /[\s()<>]/.test(link)
    ? `<${link.replace(/</g, '%3C').replace(/>/g, '%3E')}>`
    : link
  return `![${alt}](${target})`
}

/**
 * The text to insert for some image lines at a point of a line: one image a line, and a line break
 * added before or after when the point has other text on that side, so each image stands on its
 * own line (a paragraph of its own renders as a block image).
 */
export function imageBlock(
  lines: string[],
  textBefore: string,
  textAfter: string,
  eol: string
): string {
  const before = textBefore.trim() === '' ? '' : eol
  const after = textAfter.trim() === '' ? '' : eol
  return before + lines.join(eol) + after
}

/** What a clipboard holds, as far as the paste decision goes. */
export interface ClipboardContent {
  /** MIME types of the files on the clipboard (`image/png`…). */
  fileTypes: string[]
  /** The clipboard's `text/plain`, '' when none. */
  plainText: string
}

/**
 * Whether a paste is an image paste. Office apps put a picture of the copied text on the
 * clipboard next to the text itself, so images win only when there is no text, or when the text
 * is just the names of the copied image files (what file managers put beside the files).
 */
export function isImagePaste(content: ClipboardContent): boolean {
  if (!content.fileTypes.some((type) => type.startsWith('image/'))) return false
  const lines = content.plainText
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
  return lines.every((line) => imageExtension.test(line))
}
