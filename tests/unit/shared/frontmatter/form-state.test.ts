import { describe, expect, it } from 'vitest'
import { formState } from '@shared/frontmatter/form-state'
import type { FormState } from '@shared/frontmatter/form-state'
import type { FrontMatterStatus } from '@shared/post'

const bufferProblem = { message: 'buffer', line: 3, column: 7 }
const fileProblem = { message: 'file', line: 2 }

describe('formState', () => {
  it.each<[FrontMatterStatus, FrontMatterStatus, boolean, FormState]>([
    ['ok', 'ok', false, { kind: 'editable' }],
    ['none', 'none', false, { kind: 'none' }],
    ['ok', 'none', false, { kind: 'none' }],
    ['ok', 'invalid', false, { kind: 'blocked', status: 'invalid', problem: bufferProblem }],
    ['ok', 'unclosed', false, { kind: 'blocked', status: 'unclosed', problem: bufferProblem }],
    ['ok', 'refused', false, { kind: 'blocked', status: 'refused', problem: bufferProblem }],
    // The writer fixed the buffer: it is what the shell saves before editing keys.
    ['invalid', 'ok', false, { kind: 'editable' }],
    ['none', 'ok', false, { kind: 'editable' }],
    // Another post was just opened and the buffer is not read yet: the file's problem shows.
    ['invalid', 'ok', true, { kind: 'blocked', status: 'invalid', problem: fileProblem }],
    ['refused', 'ok', true, { kind: 'blocked', status: 'refused', problem: fileProblem }],
    ['none', 'ok', true, { kind: 'none' }],
    ['ok', 'invalid', true, { kind: 'blocked', status: 'invalid', problem: bufferProblem }],
    ['ok', 'ok', true, { kind: 'editable' }]
  ])('file %s, buffer %s, pending %s', (file, buffer, pending, expected) => {
    expect(
      formState(
        { status: file, problem: fileProblem },
        { status: buffer, problem: bufferProblem },
        pending
      )
    ).toEqual(expected)
  })
})
