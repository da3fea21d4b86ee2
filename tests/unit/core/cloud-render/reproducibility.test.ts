import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { renderCloudImage } from '@core/cloud-render/render-cloud'
import type { RenderedCloud } from '@core/cloud-render/render-cloud'
import type { CloudWord } from '@shared/cloud/cloud-words'
import { defaultCloudOptions } from '@shared/cloud/options'
import type { CloudOptions } from '@shared/cloud/options'
import { reportWords } from '../../drawing/fixture-words'

/** Same words, options and seed: the same placed words and the same JPG bytes, in any process. */

let words: CloudWord[]
beforeAll(async () => {
  words = await reportWords()
}, 60_000)

const options: CloudOptions = { ...defaultCloudOptions, seed: 7, rotation: 'mixed' }

function render(seed = options.seed): Promise<RenderedCloud> {
  return renderCloudImage({ words, options: { ...options, seed }, format: 'jpg', mask: null })
}

const sha = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex')

/** Renders in a fresh Node process (its own Math.random, font registration and module state). */
function renderInChild(): Promise<{ jpg: string; layout: string }> {
  return new Promise((done, fail) => {
    const child = execFile(
      resolve('node_modules/.bin/tsx'),
      [resolve('tests/unit/core/cloud-render/render-digest.mts')],
      (error, stdout, stderr) =>
        error ? fail(new Error(stderr || error.message)) : done(JSON.parse(stdout))
    )
    child.stdin?.end(JSON.stringify({ words, options }))
  })
}

describe('reproducibility', () => {
  it('renders the same layout and JPG bytes twice, with another seed rendered between', async () => {
    const first = await render()
    await render(8)
    const again = await render()
    expect(again.layout.placed).toEqual(first.layout.placed)
    expect(again.bytes.equals(first.bytes)).toBe(true)
  }, 60_000)

  it('is not disturbed by other code taking Math.random while the layout runs', async () => {
    const quiet = await render()
    let taken = 0
    const busy = setInterval(() => (taken += Math.random() > 2 ? 1 : 0.5), 0)
    const noisy = await render().finally(() => clearInterval(busy))
    expect(taken).toBeGreaterThan(0)
    expect(noisy.layout.placed).toEqual(quiet.layout.placed)
    expect(noisy.bytes.equals(quiet.bytes)).toBe(true)
  }, 60_000)

  it('gives byte-identical JPGs in two separate processes and in this one', async () => {
    const here = await render()
    const [one, two] = await Promise.all([renderInChild(), renderInChild()])
    const expected = { jpg: sha(here.bytes), layout: sha(JSON.stringify(here.layout.placed)) }
    expect(one).toEqual(expected)
    expect(two).toEqual(expected)
  }, 120_000)

  it('moves most words for another seed', async () => {
    const [a, b] = [await render(7), await render(8)]
    const at = new Map(b.layout.placed.map((w) => [w.word, w]))
    const common = a.layout.placed.filter((w) => at.has(w.word))
    const moved = common.filter((w) => {
      const other = at.get(w.word)!
      return (
        other.matrix.e !== w.matrix.e ||
        other.matrix.f !== w.matrix.f ||
        other.x !== w.x ||
        other.y !== w.y
      )
    })
    expect(common.length).toBeGreaterThan(190)
    expect(moved.length / common.length).toBeGreaterThan(0.8)
    expect(a.bytes.equals(b.bytes)).toBe(false)
  }, 60_000)
})
