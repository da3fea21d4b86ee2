import { writePost } from '../disk'
import { linkRows } from './link-rows'
import type { PayloadCase } from './payload-row'
import { probeLink } from './posts'
import { renderRows } from './render-rows'

/** A post that payloads are pasted or typed into: the probe link, then an empty end. */
export interface EditorTarget {
  id: string
  marker: string
}

export const pasteTarget: EditorTarget = {
  id: '_posts/2025-12-22-payloads-row-22-paste.md',
  marker: 'end of row 22'
}

export const typedTarget: EditorTarget = {
  id: '_posts/2025-12-22-payloads-typed.md',
  marker: 'end of the typed payloads'
}

function caseById(id: string): PayloadCase {
  const found = [...renderRows, ...linkRows]
    .flatMap((row) => row.cases)
    .find((payload) => payload.id === id)
  if (!found) throw new Error(`no payload case ${id}`)
  return found
}

/**
 * docs/BAD-INPUTS.md#bi-preview-22: the payloads of the other rows pasted from the clipboard as
 * HTML (with the same markup as its plain text, as a copy from a page's source gives). One of each
 * kind: script, handler, svg, iframe, autofocus, mutation XSS, comment, meta refresh, handler
 * without a click, and the two links that are clicked afterwards.
 */
export const pastedCases: PayloadCase[] = [
  '1a',
  '2a',
  '2c',
  '3a',
  '3b',
  '4a',
  '4b',
  '9b',
  '12a',
  '13a',
  '13b',
  '13e',
  '19a',
  '21a',
  '21c',
  '5e',
  '8a'
].map(caseById)

/**
 * Payloads typed key by key, one for each of rows 2, 3 and 12 (Monaco's auto-closed brackets are
 * overtyped, so the buffer ends up with exactly this text; the test checks it does).
 */
export const typedCases: { row: number; id: string; text: string }[] = [
  { row: 2, id: 't2', text: '<img src=x onerror=top.__pwned=2>' },
  { row: 3, id: 't3', text: '<svg onload=fetch(/pwned/t3)></svg>' },
  {
    row: 12,
    id: 't12',
    text: '<noscript><p title="</noscript><img src=x onerror=top.__pwned=12>">'
  }
]

/** The target post as written into the folder: front matter and the probe link. */
export function editorTargetText(target: EditorTarget): string {
  return [
    '---',
    `title: "Payloads put in with the editor (${target.marker})"`,
    'date: "2025-12-22 09:00:00 +0800"',
    '---',
    '',
    `[${probeLink.text}](${probeLink.url})`,
    ''
  ].join('\n')
}

export async function seedEditorTargets(folder: string): Promise<void> {
  for (const target of [pasteTarget, typedTarget]) {
    await writePost(folder, target.id, editorTargetText(target))
  }
}
