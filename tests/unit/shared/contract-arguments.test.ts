import { describe, expect, it } from 'vitest'
import { contractMethods } from '@shared/contract'
import type { ContractMethod } from '@shared/contract'
import { checkArguments } from '@shared/contract-arguments/table'
import { PostcloudError } from '@shared/errors'
import { stamp, validCalls } from './contract-calls'

/** The refusal `checkArguments` throws, or null when it lets the call through. */
function refusalOf(method: ContractMethod, args: unknown[]): PostcloudError | null {
  try {
    checkArguments(method, args)
    return null
  } catch (error) {
    if (error instanceof PostcloudError) return error
    throw error
  }
}

/**
 * A refusal a writer can read: INVALID_ARGUMENT, a sentence about the argument in the window's
 * words. The wire's names (a method, `undefined`, `[object Object]`) never show.
 */
function expectReadableRefusal(method: ContractMethod, args: unknown[]): string {
  const refusal = refusalOf(method, args)
  expect(refusal, method).toBeInstanceOf(PostcloudError)
  expect(refusal?.code).toBe('INVALID_ARGUMENT')
  const message = refusal?.message ?? ''
  expect(message).toMatch(/^(The |In the |This takes |Invalid cloud option: )[^]*\.$/)
  for (const name of contractMethods) expect(message).not.toContain(name)
  expect(message).not.toMatch(/undefined|\[object /)
  return message
}

/** A value of another JSON kind than `value`: what a confused or hostile caller would send. */
function wrongKindFor(value: unknown): unknown {
  return typeof value === 'string' ? 42 : 'text'
}

const takesArguments = contractMethods.filter((method) => validCalls[method].length > 0)

describe('the contract argument table', () => {
  it.each(contractMethods)('lets a well-formed %s call through unchanged', (method) => {
    const call = validCalls[method]
    const checked = checkArguments(method, call)
    expect(checked).toEqual(call)
    // The very values, not copies: nothing is rebuilt, so no key can be lost or added on the way.
    checked.forEach((value, index) => expect(value).toBe(call[index]))
  })

  it.each(contractMethods)('refuses %s with one argument too many', (method) => {
    expectReadableRefusal(method, [...validCalls[method], 'extra'])
  })

  it.each(takesArguments)('refuses %s with no arguments', (method) => {
    expect(expectReadableRefusal(method, [])).toMatch(/ is missing\.$/)
  })

  it.each(takesArguments)('refuses %s with any one argument of the wrong kind', (method) => {
    const call = validCalls[method]
    call.forEach((value, index) => {
      const args: unknown[] = [...call]
      args[index] = wrongKindFor(value)
      expectReadableRefusal(method, args)
    })
  })

  it.each([
    ['readPost', [42], 'The post name must be text.'],
    ['openFolder', [null], 'The folder path must be text.'],
    ['savePost', ['a.md', 'x'], 'The version of the post the editor loaded is missing.'],
    [
      'savePost',
      ['a.md', 'x', { ...stamp, hash: 'nope' }],
      'In the version of the post the editor loaded, hash must be a SHA-256 in hex.'
    ],
    ['createPost', [{ title: 5 }], 'In the new post, title must be text.'],
    ['createPost', [{ title: 'x', colour: 'red' }], 'In the new post, "colour" is not known here.'],
    [
      'exportCloud',
      ['a.md', 'x', { format: 'gif' }],
      'In the export options, format must be one of jpg, png.'
    ],
    [
      'exportCloud',
      ['a.md', 'x', { onExisting: 'merge' }],
      'In the export options, onExisting must be one of refuse, replace, rename.'
    ],
    [
      'exportCloud',
      ['a.md', 'x', { link: 'follow' }],
      'In the export options, link must be one of move, keep.'
    ],
    [
      'updateCloudOptions',
      ['a.md', { width: 50 }],
      'Invalid cloud option: width must be a whole number from 100 to 4000.'
    ],
    [
      'updateFrontMatter',
      ['a.md', { tags: ['a', () => 1] }, stamp],
      'In the front matter changes, "tags" must be text, a number, true or false, null, a list or a mapping.'
    ],
    ['addFolderWords', ['keepwords', ['a']], 'The word list must be one of stopwords, userdict.'],
    ['addFolderWords', ['userdict', ['a', 7]], 'The words must be a list of words.'],
    ['analyzeText', ['x', { top: '5' }], 'In the counting options, top must be a number.'],
    [
      'updateSettings',
      [{ theme: 'neon' }],
      'The setting theme must be one of system, light, dark.'
    ],
    ['listPosts', ['x'], 'This takes no values, but some were sent.'],
    ['readPost', ['a.md', 'b.md'], 'This takes at most one value, but 2 were sent.']
  ] as const)('refuses %s %j: "%s"', (method, args, message) => {
    expect(refusalOf(method, [...args])?.message).toBe(message)
  })

  it('takes what to do with a link the published site would not resolve', () => {
    expect(refusalOf('exportCloud', ['a.md', 'x', { link: 'move' }])).toBeNull()
    expect(refusalOf('exportCloud', ['a.md', 'x', { link: 'keep' }])).toBeNull()
  })

  it('takes null for a trailing optional argument, as JSON sends undefined', () => {
    expect(checkArguments('analyzeText', ['x', null])).toEqual(['x', undefined])
    expect(checkArguments('exportCloud', ['a.md', 'x', null])).toEqual(['a.md', 'x', undefined])
    expect(checkArguments('analyzeText', ['x'])).toEqual(['x'])
  })

  it('takes null where the contract does (a stamp or null, a word edit removed)', () => {
    expect(refusalOf('savePost', ['a.md', 'x', null])).toBeNull()
    expect(refusalOf('backupBuffer', ['a.md', 'x', null, 'w'])).toBeNull()
    expect(refusalOf('updateFolderCloudSettings', [{ rename: { ai: null } }])).toBeNull()
    expect(refusalOf('readPost', [null])?.code).toBe('INVALID_ARGUMENT')
  })
})

describe('objects that try to reach a prototype', () => {
  const planted = (json: string): unknown => JSON.parse(json)

  it.each([
    [
      'savePost',
      [
        'a.md',
        'x',
        planted(
          `{"__proto__": {"polluted": 1}, "mtimeMs": 1, "size": 1, "hash": "${'a'.repeat(64)}"}`
        )
      ]
    ],
    ['createPost', [planted('{"title": "x", "__proto__": {"polluted": 1}}')]],
    ['updateSettings', [planted('{"__proto__": {"theme": "dark"}}')]],
    ['updateCloudOptions', ['a.md', planted('{"__proto__": {"width": 100}}')]],
    ['exportCloud', ['a.md', 'x', planted('{"constructor": {"prototype": {"polluted": 1}}}')]],
    ['analyzeText', ['x', planted('{"__proto__": {"top": 1}}')]],
    ['updateFolderCloudSettings', [planted('{"__proto__": {"pattern": "x"}}')]]
  ] as const)(
    'refuses %s with a __proto__ or constructor key where fields are named',
    (method, args) => {
      expectReadableRefusal(method, [...args])
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    }
  )

  it('refuses objects that inherit from anything but Object.prototype', () => {
    class Stamp {
      mtimeMs = 1
      size = 1
      hash = 'a'.repeat(64)
    }
    const inherited = Object.create({ title: 'from the prototype' }) as object
    expectReadableRefusal('savePost', ['a.md', 'x', new Stamp()])
    expectReadableRefusal('createPost', [inherited])
    expectReadableRefusal('updateFrontMatter', ['a.md', inherited, stamp])
    expectReadableRefusal('updateCloudOptions', ['a.md', new Map([['width', 100]])])
  })

  it('keeps a __proto__ front matter key as the own data key it is, touching no prototype', () => {
    const changes = planted('{"__proto__": {"polluted": "yes"}, "title": "x"}') as object
    const [, checked] = checkArguments('updateFrontMatter', ['a.md', changes, stamp])
    expect(checked).toBe(changes)
    expect(Object.getOwnPropertyDescriptor(checked, '__proto__')?.value).toEqual({
      polluted: 'yes'
    })
    expect(Object.getPrototypeOf(checked)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses front matter nested deeper than anyone writes, without running out of stack', () => {
    let deep: unknown = 'bottom'
    for (let level = 0; level < 100_000; level++) deep = [deep]
    const message = expectReadableRefusal('updateFrontMatter', ['a.md', { deep }, stamp])
    expect(message).toContain('nested too deeply')
  })
})
