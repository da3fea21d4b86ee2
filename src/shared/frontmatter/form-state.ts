import type { FrontMatterProblem, FrontMatterStatus } from '../post'

/**
 * What the form can do, from two readings of the post: the back end's (the last read of the file,
 * which `updateFrontMatter` edits) and the form's own of the editor buffer (what the writer sees).
 * - `editable`: both are fine;
 * - `none`: the buffer has no front matter: nothing to offer;
 * - `blocked`: one of them has a problem. The buffer's problem is the current one and wins; when
 *   only the file's is left (the writer fixed the buffer), `saveFirst` says a save will clear it.
 */
export type FormState =
  | { kind: 'editable' }
  | { kind: 'none' }
  | { kind: 'blocked'; status: FrontMatterStatus; problem?: FrontMatterProblem; saveFirst: boolean }

export function formState(
  file: { status: FrontMatterStatus; problem?: FrontMatterProblem },
  buffer: { status: FrontMatterStatus; problem?: FrontMatterProblem }
): FormState {
  if (buffer.status === 'none') return { kind: 'none' }
  if (buffer.status !== 'ok') {
    return { kind: 'blocked', status: buffer.status, problem: buffer.problem, saveFirst: false }
  }
  if (file.status === 'ok') return { kind: 'editable' }
  return { kind: 'blocked', status: file.status, problem: file.problem, saveFirst: true }
}
