import type { PostSummary } from '@shared/post'

// `2025-11-11`, `2025-11-11 15:33`, `2025-11-11 15:33:03 +0800`, `2025-11-11T15:33:03.5+08:00`, `…Z`
const DATE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i

/**
 * The instant a front matter date names, in ms, or null when it is not a date. A date without a
 * zone is read as UTC: the site's zone is not known here, and the order of such posts among
 * themselves is right either way.
 */
export function dateValue(date: string | null): number | null {
  if (date === null) return null
  const match = DATE.exec(date.trim())
  if (!match) return null
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0', zone] = match
  const ms = Number(`0.${frac}`) * 1000
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms)
  if (Number.isNaN(utc)) return null
  return utc - zoneMinutes(zone) * 60_000
}

function zoneMinutes(zone: string | undefined): number {
  if (!zone || zone.toUpperCase() === 'Z') return 0
  const digits = zone.replace(':', '')
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5))
  return zone[0] === '-' ? -minutes : minutes
}

/** Newest first; posts without a readable date last; then by id so the order is stable. */
export function sortSummaries(posts: PostSummary[]): PostSummary[] {
  const keyed = posts.map((post) => ({ post, time: dateValue(post.date) }))
  keyed.sort((a, b) => {
    if (a.time !== b.time) {
      if (a.time === null) return 1
      if (b.time === null) return -1
      return b.time - a.time
    }
    return a.post.id < b.post.id ? -1 : a.post.id > b.post.id ? 1 : 0
  })
  return keyed.map((entry) => entry.post)
}
