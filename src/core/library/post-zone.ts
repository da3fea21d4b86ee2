import { zoneOffsetAt } from '@shared/site/post-date'
import { formatDate } from '@shared/frontmatter/date-format'

/**
 * Minutes east of UTC that a new post of the folder is dated in at `instantMs`: the site's
 * `timezone` (`FolderInfo.timezone`) when `_config.yml` names one, since Jekyll reads every date
 * there; else the writer's (`writerOffset`, or this machine's zone). The file name's day is that
 * zone's day too.
 */
export function newPostOffset(
  siteZone: string | null,
  instantMs: number,
  writerOffset?: number
): number {
  if (siteZone !== null) return zoneOffsetAt(siteZone, instantMs)
  return writerOffset ?? -new Date(instantMs).getTimezoneOffset()
}

/** Today (`YYYY-MM-DD`) where the folder's new posts are dated. */
export function newPostDay(siteZone: string | null, instantMs: number): string {
  return formatDate(instantMs, newPostOffset(siteZone, instantMs), 'YYYY-MM-DD')
}
