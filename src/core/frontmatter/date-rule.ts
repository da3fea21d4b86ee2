import { reasonedError } from '@shared/error-reasons'
import { exampleDate, isReadableDate } from '@shared/frontmatter/readable-date'
import type { FrontMatterChanges } from './edit'

/**
 * INVALID_ARGUMENT when the changes set `date` to something Jekyll cannot read: `jekyll build`
 * stops at such a date, so it never reaches the file. Removing the key is fine (Jekyll then
 * dates the post by its file name); every other key is free text.
 */
export function refuseUnreadableDate(changes: FrontMatterChanges): void {
  if (!Object.hasOwn(changes, 'date')) return
  const value = changes.date
  if (value === undefined || value === null || isReadableDate(value)) return
  throw reasonedError(
    'INVALID_ARGUMENT',
    'unreadableDate',
    `The date ${JSON.stringify(value)} cannot be read as a date, and jekyll build stops at a ` +
      `date it cannot read; write it like ${exampleDate}`,
    { value: String(value), example: exampleDate }
  )
}
