import type { FrontMatterProblem, FrontMatterStatus } from '../post'

/** A reading of a post's front matter: the back end's of the file, or the form's of the buffer. */
export interface FrontMatterReading {
  status: FrontMatterStatus
  problem?: FrontMatterProblem
}

/**
 * What the form can do with a post:
 * - `editable`: the front matter reads fine;
 * - `none`: there is no front matter: nothing to offer;
 * - `blocked`: the block is unclosed, invalid or refused; the problem says where.
 *
 * The form's own reading of the editor buffer decides, because it includes unsaved edits and the
 * shell saves the buffer before it edits keys in the file. While that reading is `pending` (the
 * buffer changed, e.g. another post was opened, and the debounced parse has not run yet), a
 * problem the back end found in the file blocks the form at once.
 */
export type FormState =
  | { kind: 'editable' }
  | { kind: 'none' }
  | { kind: 'blocked'; status: FrontMatterStatus; problem?: FrontMatterProblem }

export function formState(
  file: FrontMatterReading,
  buffer: FrontMatterReading,
  pending: boolean
): FormState {
  const reading = pending && file.status !== 'ok' ? file : buffer
  if (reading.status === 'ok') return { kind: 'editable' }
  if (reading.status === 'none') return { kind: 'none' }
  return { kind: 'blocked', status: reading.status, problem: reading.problem }
}
