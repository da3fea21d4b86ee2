import { dotPng } from '../disk'
import { sentinel } from './harness'

/** One payload of a numbered Preview row (row N is docs/BAD-INPUTS.md#bi-preview-N). */
export interface PayloadCase {
  /** Row number and letter, e.g. `5c`: named in the sentinel it sets and in step titles. */
  id: string
  /** What the case tries, for the step title. */
  label: string
  /** The Markdown or HTML put into the post's body. */
  markdown: string
  /**
   * Visible text of the preview to click after rendering (a link, a button's label): the click
   * must do nothing at all unless `opens` is set.
   */
  click?: string
  /** The http(s)/mailto URL the click may offer to open, through the confirmation dialog only. */
  opens?: string
  /** Alt texts of the case's images that must show as a "blocked" or "not found" placeholder. */
  placeholders?: string[]
}

export interface PayloadRow {
  /** The row's number: N of docs/BAD-INPUTS.md#bi-preview-N. */
  row: number
  /** The row's text (shortened), so a reader can match the test to the list. */
  title: string
  cases: PayloadCase[]
}

/** The JavaScript every payload tries to run: sets the sentinel and asks for `/pwned/<id>`. */
export function run(id: string): string {
  return `top.${sentinel.global}='${id}';fetch('${sentinel.path}/${id}')`
}

export function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64')
}

/** An image the browser decodes: a payload around it gets as far as a real load would. */
export const dotPngDataUrl = `data:image/png;base64,${dotPng.toString('base64')}`

/** An SVG document that runs the sentinel when it is shown as a document (object, embed, iframe). */
export function scriptedSvg(id: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" onload="${run(id)}"><script>${run(`${id}-script`)}</script></svg>`
}

export function caseTitle(row: PayloadRow, payload: PayloadCase): string {
  return `row ${row.row} case ${payload.id}: ${payload.label}`
}
