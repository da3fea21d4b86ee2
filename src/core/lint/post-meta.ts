import { isMap, isScalar, parseDocument } from 'yaml'
import { findFence } from '@shared/frontmatter/fence'
import { parseOptions } from '@shared/frontmatter/yaml-options'
import type { FrontMatterValue, Post } from '@shared/post'
import { positionAt } from './position'
import { finding } from './types'
import type { PostFinding } from './types'

/** Jekyll's post file name: `YYYY-MM-DD-slug.md`. */
const FILE_DATE = /^(\d{4})-(\d{2})-(\d{2})-/
/** The calendar day a front matter date starts with, however the time and zone follow. */
const VALUE_DATE = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/

/**
 * Title and date of a post whose front matter could be read (or that has none):
 * - `missing-title`: no `title`, or an empty one;
 * - `missing-date`: no `date` and no `YYYY-MM-DD-` file name either (Jekyll dates a post by
 *   its file name when the front matter has no date, so that alone is not missing);
 * - `date-mismatch`: the front matter `date` names another day than the file name.
 */
export function postMetaFindings(post: Post): PostFinding[] {
  if (post.frontMatterStatus !== 'ok' && post.frontMatterStatus !== 'none') return []
  const data = post.frontMatter ?? {}
  const findings: PostFinding[] = []
  const noBlock = post.frontMatterStatus === 'none' ? ' (the file has no front matter)' : ''
  if (!hasText(data.title)) findings.push(finding('missing-title', `No title${noBlock}`))

  const name = post.id.slice(post.id.lastIndexOf('/') + 1)
  const fileDay = FILE_DATE.exec(name)
  const date = hasText(data.date) ? String(data.date) : null
  if (date === null) {
    if (!fileDay) {
      findings.push(
        finding(
          'missing-date',
          `No date, neither in the front matter nor in the file name${noBlock}`
        )
      )
    }
    return findings
  }
  const valueDay = VALUE_DATE.exec(date)
  if (!fileDay || !valueDay) return findings
  const written = [valueDay[1], valueDay[2].padStart(2, '0'), valueDay[3].padStart(2, '0')].join(
    '-'
  )
  const named = `${fileDay[1]}-${fileDay[2]}-${fileDay[3]}`
  if (written !== named) {
    findings.push(
      finding(
        'date-mismatch',
        `The date ${date} is another day than the file name's ${named}`,
        keyPosition(post.raw, 'date')
      )
    )
  }
  return findings
}

function hasText(value: FrontMatterValue | undefined): boolean {
  if (typeof value === 'string') return value.trim() !== ''
  return typeof value === 'number'
}

/** Where a top-level front matter key is written; nothing when it cannot be found. */
function keyPosition(raw: string, key: string): { line?: number; column?: number } {
  const fence = findFence(raw)
  if (fence.kind !== 'closed') return {}
  const doc = parseDocument(raw.slice(fence.contentStart, fence.contentEnd), parseOptions)
  if (!isMap(doc.contents)) return {}
  const pair = doc.contents.items.find((item) => isScalar(item.key) && item.key.value === key)
  const offset = pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined
  return offset === undefined ? {} : positionAt(raw, fence.contentStart + offset)
}
