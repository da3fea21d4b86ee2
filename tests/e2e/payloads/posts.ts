import { writePost } from '../disk'
import type { AppPage } from '../pages/AppPage'
import type { PayloadRow } from './payload-row'

/** A safe link at the top of every payload post: clicking it shows the confirmation dialog. */
export const probeLink = { text: 'probe link', url: 'https://example.com/probe' } as const

/** The post that holds a row's payloads, in the folder's `_posts/`. */
export function rowPostId(row: number): string {
  return `_posts/2025-12-20-payloads-row-${String(row).padStart(2, '0')}.md`
}

export function rowPostTitle(row: number): string {
  return `Row ${row} payloads`
}

/**
 * Opens a post through the list's search: the list is virtualised, and with all the payload posts
 * in the folder most rows are not in the page until searched for (or scrolled to).
 */
export async function openListedPost(app: AppPage, id: string, query: string): Promise<void> {
  await app.posts.searchFor(query)
  await app.openPost(id)
  await app.posts.clearSearch()
}

export function openRowPost(app: AppPage, row: number): Promise<void> {
  return openListedPost(app, rowPostId(row), rowPostTitle(row))
}

/** The paragraph after a row's payloads: once it shows, the preview has rendered them all. */
export function rowMarker(row: number): string {
  return `end of row ${row}`
}

/**
 * A Jekyll post with the probe link and `extra` blocks (e.g. a control image), then each case
 * under its own label paragraph (blank lines around, so every payload is a block of its own),
 * then the end marker.
 */
export function rowPostText(row: PayloadRow, extra: readonly string[] = []): string {
  const body = row.cases.flatMap((payload) => [`case ${payload.id}:`, '', payload.markdown, ''])
  return [
    '---',
    `title: "${rowPostTitle(row.row)}"`,
    'date: "2025-12-20 09:00:00 +0800"',
    '---',
    '',
    `[${probeLink.text}](${probeLink.url})`,
    '',
    ...extra.flatMap((block) => [block, '']),
    ...body,
    rowMarker(row.row),
    ''
  ].join('\n')
}

/** Writes one post per row into the folder, each with the same `extra` blocks. */
export async function writeRowPosts(
  folder: string,
  rows: readonly PayloadRow[],
  extra: readonly string[] = []
): Promise<void> {
  for (const row of rows) await writePost(folder, rowPostId(row.row), rowPostText(row, extra))
}
