import { isMap, isScalar, parseDocument } from 'yaml'
import { findFence } from '@shared/frontmatter/fence'
import { nameDayMismatch } from '@shared/frontmatter/name-day'
import { parseOptions } from '@shared/frontmatter/yaml-options'
import { splitPostFileName } from '@shared/site/post-date'
import type { FrontMatterValue, Post } from '@shared/post'
import { positionAt } from './position'
import { finding } from './types'
import type { PostFinding } from './types'

/**
 * Title and date of a post whose front matter could be read (or that has none):
 * - `missing-title`: no `title`, or an empty one;
 * - `missing-date`: no `date` and no `YYYY-MM-DD-` file name either (Jekyll dates a post by
 *   its file name when the front matter has no date, so that alone is not missing);
 * - `date-mismatch`: the front matter `date` falls on another day than the file name says, in
 *   the site's `timezone` (null: the day as written), as the window's notice compares them.
 */
export function postMetaFindings(post: Post, zone: string | null): PostFinding[] {
  if (post.frontMatterStatus !== 'ok' && post.frontMatterStatus !== 'none') return []
  const data = post.frontMatter ?? {}
  const findings: PostFinding[] = []
  const noBlock = post.frontMatterStatus === 'none' ? ' (the file has no front matter)' : ''
  if (!hasText(data.title)) findings.push(finding('missing-title', `No title${noBlock}`))

  const name = post.id.slice(post.id.lastIndexOf('/') + 1)
  const date = hasText(data.date) ? String(data.date) : null
  if (date === null) {
    if (!splitPostFileName(name)) {
      findings.push(
        finding(
          'missing-date',
          `No date, neither in the front matter nor in the file name${noBlock}`
        )
      )
    }
    return findings
  }
  const mismatch = nameDayMismatch(name, date, zone)
  if (mismatch) {
    findings.push(
      finding(
        'date-mismatch',
        `The date ${date} is another day than the file name's ${mismatch.nameDay}`,
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
