import type { FrontMatterValue } from '../post'
import { parseJekyllDate } from '../site/post-date'

/** A date Jekyll reads, as messages show it. */
export const exampleDate = '2025-11-11 15:33:03 +0800'

/**
 * Whether Jekyll can read `value` as a post's `date`. Jekyll parses `date.to_s` and stops the
 * whole build when it cannot ("Invalid date"), so an empty or missing-valued `date:` is as fatal
 * as `2025/13/45 25:00`. The zone does not change whether a date reads, only which instant it is.
 */
export function isReadableDate(value: FrontMatterValue | undefined): boolean {
  return typeof value === 'string' && parseJekyllDate(value, null) !== null
}
