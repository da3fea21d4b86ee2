import { isMap, isScalar, parseDocument } from 'yaml'
import { frontMatterEnd } from '../text/prose'

/** What the top of the published page shows: the post's title and date. */
export interface PostHeader {
  title: string
  /** The date as the writer wrote it, else the date of a Jekyll file name, else null. */
  date: string | null
}

export interface PostParts {
  /** Null when the file has no front matter: such a page shows only its body. */
  header: PostHeader | null
  /** Index in the source where the body starts. */
  bodyStart: number
  /** 0-based line of the source where the body starts. */
  bodyLine: number
}

/** A front matter block this long is no report's header; it is not parsed on every keystroke. */
const maxFrontMatterChars = 64 * 1024

/** Splits the editor buffer into its header (from the front matter) and where its body starts. */
export function splitPost(source: string, postId: string): PostParts {
  const bodyStart = frontMatterEnd(source)
  if (bodyStart === 0) return { header: null, bodyStart, bodyLine: 0 }
  return {
    header: readHeader(source.slice(0, bodyStart), postId),
    bodyStart,
    bodyLine: countLines(source, bodyStart)
  }
}

function countLines(text: string, end: number): number {
  let lines = 0
  for (let at = text.indexOf('\n'); at >= 0 && at < end; at = text.indexOf('\n', at + 1)) lines++
  return lines
}

/**
 * Title and date from the block. The YAML is read as a document and never converted to objects,
 * so aliases are not expanded (no alias bomb) and `__proto__` keys stay inert; no custom tags.
 * A block that does not parse still gets a header: the file's own name and date.
 */
function readHeader(block: string, postId: string): PostHeader {
  const fromName = headerFromFileName(postId)
  if (block.length > maxFrontMatterChars) return fromName
  const yaml = innerLines(block)
  const document = parseDocument(yaml, {
    schema: 'core',
    customTags: [],
    uniqueKeys: true,
    logLevel: 'silent',
    prettyErrors: false
  })
  if (document.errors.length > 0 || !isMap(document.contents)) return fromName
  return {
    title: scalarText(document.contents.get('title', true)) ?? fromName.title,
    date: scalarText(document.contents.get('date', true)) ?? fromName.date
  }
}

/** The block without its opening and closing fence lines. */
function innerLines(block: string): string {
  const firstEnd = block.indexOf('\n') + 1
  const lastStart = block.lastIndexOf('\n', block.endsWith('\n') ? block.length - 2 : undefined) + 1
  return lastStart > firstEnd ? block.slice(firstEnd, lastStart) : ''
}

function scalarText(node: unknown): string | null {
  if (!isScalar(node)) return null
  const value = node.value
  if (typeof value === 'string') return value.trim() === '' ? null : value
  return typeof value === 'number' ? String(value) : null
}

/** `_posts/2025-11-11-ai-daily.md` -> title `ai-daily`, date `2025-11-11`. */
export function headerFromFileName(postId: string): PostHeader {
  const name = (postId.split('/').pop() ?? postId).replace(/\.[^.]*$/, '')
  const dated = /^(\d{4}-\d{2}-\d{2})-(.+)$/.exec(name)
  return dated ? { title: dated[2], date: dated[1] } : { title: name, date: null }
}
