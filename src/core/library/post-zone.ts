import { zoneOffsetAt } from '@shared/site/post-date'
import { formatDate } from '@shared/frontmatter/date-format'
import { siteZone } from '../site/site-zone'

/**
 * Minutes east of UTC that a new post of the folder is dated in at `instantMs`: the site's
 * `timezone` when `_config.yml` names one, since Jekyll reads every date there; else the writer's
 * (`writerOffset`, or this machine's zone). The file name's day is that zone's day too.
 */
export function newPostOffset(root: string, instantMs: number, writerOffset?: number): number {
  const zone = siteZone(root)
  if (zone !== null) return zoneOffsetAt(zone, instantMs)
  return writerOffset ?? -new Date(instantMs).getTimezoneOffset()
}

/** Today (`YYYY-MM-DD`) where the folder's new posts are dated. */
export function newPostDay(root: string, instantMs: number): string {
  return formatDate(instantMs, newPostOffset(root, instantMs), 'YYYY-MM-DD')
}
