import type { FrontMatterValue, PostSummary, Unreadable } from '@shared/post'
import { parseFrontMatter } from '../frontmatter/parse'
import { decodePost, maxPostBytes } from './text-decode'
import { countWords } from './word-count'
import { baseName, fileTitle } from './file-title'

export interface FileMeta {
  mtimeMs: number
  size: number
}

const JEKYLL_DATE = /^(\d{4}-\d{2}-\d{2})-/
const HEADING = /^ {0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/m
/** Titles are near the top; a heading search through a huge body would only cost time. */
const headingSearchChars = 65_536

/** The list entry of one post, from the one read of its bytes. */
export function summaryFromBytes(id: string, bytes: Uint8Array, meta: FileMeta): PostSummary {
  if (bytes.length > maxPostBytes) return unreadableSummary(id, meta, 'too-large')
  const decoded = decodePost(bytes)
  if (decoded.kind !== 'text') return unreadableSummary(id, meta, decoded.kind)
  const parsed = parseFrontMatter(decoded.text)
  const data = parsed.data ?? {}
  const facts = factsOf(data, parsed.body)
  return {
    id,
    title: facts.title ?? fileTitle(id),
    date: text(data.date) ?? fileDate(id),
    layout: text(data.layout),
    categories: facts.categories,
    tags: words(data.tags),
    ...(facts.series === undefined ? {} : { series: facts.series }),
    draft: id.split('/').includes('_drafts') || data.published === false,
    size: meta.size,
    mtimeMs: meta.mtimeMs,
    wordCount: countWords(parsed.body),
    frontMatterStatus: parsed.status,
    ...(decoded.encoding === 'gb18030' ? { encoding: decoded.encoding } : {})
  }
}

/** A file that is listed but cannot be opened: named after its file, never read as text. */
export function unreadableSummary(id: string, meta: FileMeta, reason: Unreadable): PostSummary {
  return {
    id,
    title: fileTitle(id),
    date: fileDate(id),
    layout: null,
    categories: [],
    tags: [],
    draft: id.split('/').includes('_drafts'),
    size: meta.size,
    mtimeMs: meta.mtimeMs,
    wordCount: 0,
    frontMatterStatus: 'none',
    unreadable: reason
  }
}

function text(value: FrontMatterValue | undefined): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value
  return typeof value === 'number' ? String(value) : null
}

/** Jekyll accepts a list or a space-separated string for categories and tags. */
function words(value: FrontMatterValue | undefined): string[] {
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean)
  if (typeof value === 'number') return [String(value)]
  if (!Array.isArray(value)) return []
  return value
    .filter((item): item is string | number => typeof item === 'string' || typeof item === 'number')
    .map(String)
    .filter((item) => item.trim() !== '')
}

/**
 * What a post's text says about the series it belongs to (see shared/words/series): its
 * `series`, categories and title (front matter, else the first heading; the file name is the
 * caller's to add). The list and the word counter read them alike.
 */
export interface SeriesFacts {
  series?: string
  categories: string[]
  title: string | null
}

export function seriesFactsOf(raw: string): SeriesFacts {
  const parsed = parseFrontMatter(raw)
  return factsOf(parsed.data ?? {}, parsed.body)
}

function factsOf(data: Record<string, FrontMatterValue>, body: string): SeriesFacts {
  const series = text(data.series)?.trim()
  return {
    ...(series ? { series } : {}),
    categories: words(data.categories ?? data.category),
    title: text(data.title) ?? firstHeading(body)
  }
}

function firstHeading(body: string): string | null {
  const match = HEADING.exec(body.slice(0, headingSearchChars))
  return match ? match[1].trim() : null
}

function fileDate(id: string): string | null {
  return JEKYLL_DATE.exec(baseName(id))?.[1] ?? null
}
