import { describe, expect, it } from 'vitest'
import { formState } from '../../../src/shared/frontmatter/form-state'
import type { FormState } from '../../../src/shared/frontmatter/form-state'
import type { FrontMatterStatus } from '../../../src/shared/post'

const bufferProblem = { message: 'buffer', line: 3, column: 7 }
const fileProblem = { message: 'file', line: 2 }

describe('formState', () => {
  it.each<[FrontMatterStatus, FrontMatterStatus, FormState]>([
    ['ok', 'ok', { kind: 'editable' }],
    ['none', 'none', { kind: 'none' }],
    ['ok', 'none', { kind: 'none' }],
    ['invalid', 'none', { kind: 'none' }],
    [
      'ok',
      'invalid',
      { kind: 'blocked', status: 'invalid', problem: bufferProblem, saveFirst: false }
    ],
    [
      'invalid',
      'invalid',
      { kind: 'blocked', status: 'invalid', problem: bufferProblem, saveFirst: false }
    ],
    [
      'ok',
      'unclosed',
      { kind: 'blocked', status: 'unclosed', problem: bufferProblem, saveFirst: false }
    ],
    [
      'ok',
      'refused',
      { kind: 'blocked', status: 'refused', problem: bufferProblem, saveFirst: false }
    ],
    [
      'invalid',
      'ok',
      { kind: 'blocked', status: 'invalid', problem: fileProblem, saveFirst: true }
    ],
    ['none', 'ok', { kind: 'blocked', status: 'none', problem: fileProblem, saveFirst: true }],
    ['refused', 'ok', { kind: 'blocked', status: 'refused', problem: fileProblem, saveFirst: true }]
  ])('file %s, buffer %s', (file, buffer, expected) => {
    expect(
      formState({ status: file, problem: fileProblem }, { status: buffer, problem: bufferProblem })
    ).toEqual(expected)
  })
})
