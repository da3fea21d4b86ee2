import { writePost } from '../disk'
import type { FolderSeed } from '../web-host-fixture'

/** One denial-of-service input of docs/BAD-INPUTS.md#bi-preview-24, in a post of its own. */
export interface DosCase {
  id: string
  label: string
  body: string
}

const columns = 10_000

export const dosRow: { row: number; title: string; cases: DosCase[] } = {
  row: 24,
  title: 'denial of service: the editor keeps responding',
  cases: [
    { id: '24a', label: '100k nested >', body: `${'>'.repeat(100_000)} deep` },
    { id: '24b', label: '1 MB of *a', body: '*a'.repeat(512 * 1024) },
    {
      id: '24c',
      label: 'a 10k-column table',
      body: ['c', '-', 'x'].map((cell) => `|${`${cell}|`.repeat(columns)}`).join('\n')
    }
  ]
}

export function dosPostId(payload: DosCase): string {
  return `_posts/2025-12-23-payloads-row-24-${payload.id}.md`
}

export function dosPostTitle(payload: DosCase): string {
  return `Row 24 case ${payload.id}`
}

export function dosMarker(payload: DosCase): string {
  return `end of row 24 case ${payload.id}`
}

/** The three posts, and nothing else of the payloads: their window is their own. */
export const dosPosts: FolderSeed = {
  prepare: async (folder) => {
    for (const payload of dosRow.cases) {
      const text = [
        '---',
        `title: "${dosPostTitle(payload)}"`,
        'date: "2025-12-23 09:00:00 +0800"',
        '---',
        '',
        payload.body,
        '',
        dosMarker(payload),
        ''
      ].join('\n')
      await writePost(folder, dosPostId(payload), text)
    }
  }
}
