import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Library } from '@core/library'
import type { FrontMatterStatus } from '@shared/post'
import { errorOf, fixtureFolder, noResources, useTempFolders } from './helpers'

// docs/BAD-INPUTS.md#bi-fm-unclosed, #bi-fm-invalid, #bi-fm-alias-bomb, #bi-fm-proto and
// #bi-fm-code

useTempFolders()

declare global {
  var __postcloudPwned: string | undefined
}

/** Broken front matter fixtures: status, and the line the problem is reported at (if any). */
const cases: Array<[string, FrontMatterStatus, number | undefined]> = [
  ['unclosed.md', 'unclosed', undefined],
  // The quote opened on line 2 runs into the closing fence: the parser stops there.
  ['invalid-yaml.md', 'invalid', 5],
  ['duplicate-keys.md', 'invalid', 4],
  ['alias-bomb.md', 'invalid', undefined],
  ['js-fence.md', 'refused', 1],
  ['javascript-fence.md', 'refused', 1]
]

describe('posts with broken front matter, through the library', () => {
  it.each(cases)(
    '%s: read as %s, metadata edits refused with the reason, the body saved as typed',
    async (name, status, line) => {
      const { dir } = await fixtureFolder([name])
      const library = await Library.open(dir, { resourcesDir: noResources })
      const started = performance.now()
      const post = await library.read(name)
      const listed = await library.list()
      expect(performance.now() - started).toBeLessThan(1000) // alias bombs stay bounded
      expect(post.frontMatterStatus).toBe(status)
      expect(listed[0].frontMatterStatus).toBe(status)
      if (status !== 'unclosed') expect(post.frontMatterProblem?.message).toBeTruthy()
      if (line !== undefined) expect(post.frontMatterProblem?.line).toBe(line)
      if (status === 'unclosed') expect(post.body).toBe(post.raw)

      const refused = await errorOf(library.updateFrontMatter(name, { title: '新' }, post.stamp))
      expect(refused.code).toBe('FRONT_MATTER')
      expect(refused.message.length).toBeGreaterThan(20)
      const before = await readFile(join(dir, name))
      expect(before.toString()).toBe(post.raw)

      // Saving unchanged is byte-identical; a body edit is written exactly as typed.
      const same = await library.save(name, post.raw, post.stamp)
      expect((await readFile(join(dir, name))).equals(before)).toBe(true)
      await library.save(name, `${post.raw}\n补充一段。\n`, same)
      expect(await readFile(join(dir, name), 'utf8')).toBe(`${post.raw}\n补充一段。\n`)
      expect(globalThis.__postcloudPwned).toBeUndefined()
    }
  )

  it('keeps __proto__ and constructor as plain keys through read and list', async () => {
    const { dir } = await fixtureFolder(['proto.md'])
    const library = await Library.open(dir, { resourcesDir: noResources })
    const post = await library.read('proto.md')
    await library.list()
    expect(Object.prototype).not.toHaveProperty('polluted')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.keys(post.frontMatter ?? {})).toEqual(['title', '__proto__', 'constructor'])
    expect(Object.getPrototypeOf(post.frontMatter)).toBe(Object.prototype)
  })
})
