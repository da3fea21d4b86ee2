import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, resolve, sep } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from './run-cli'

const built = existsSync(resolve('out/main/cli.js'))
if (!built)
  console.log('The CLI is not built (npm run build): the postcloud samples tests are skipped')

const samples = resolve('resources/sample-posts')
const samplePost = join(samples, '_posts/2025-11-30-reading-monthly.md')

/** Every file under `dir` with its bytes, to prove nothing changed. */
async function snapshot(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>()
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    files.set(relative(dir, path).split(sep).join('/'), await readFile(path))
  }
  return files
}

describe.skipIf(!built)('postcloud samples, and the bundled samples left alone', () => {
  let temp: string

  beforeEach(async () => {
    temp = await mkdtemp(join(tmpdir(), 'postcloud-samples-'))
  })
  afterEach(() => rm(temp, { recursive: true, force: true }))

  it('writes a fresh copy of the sample site into a new folder and lists it', async () => {
    const copy = join(temp, 'nested', 'samples')
    const run = await runCli(['samples', copy])
    expect(run.code).toBe(0)
    const written = await snapshot(copy)
    expect(written).toEqual(await snapshot(samples))
    expect(run.stdout).toContain(
      `Wrote the sample site (${written.size} files, 6 posts) to ${copy}:\n`
    )
    expect(run.stdout).toContain('  _posts/2025-11-11-twitter-ai-daily.md\n')
    expect(run.stdout).toContain('  .postcloud/cloud.json\n')
  })

  it('writes into an empty folder, never into one with files', async () => {
    const empty = join(temp, 'empty')
    await mkdir(empty)
    expect((await runCli(['samples', empty])).code).toBe(0)

    const full = join(temp, 'full')
    await mkdir(full)
    await writeFile(join(full, 'notes.md'), 'mine')
    const refused = await runCli(['samples', full])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('is not empty')
    expect(await readdir(full)).toEqual(['notes.md'])
    expect((await runCli(['samples'])).code).toBe(2)
  })

  it.each([
    ['cloud --all', ['cloud', '--all', samples]],
    ['cloud', ['cloud', samplePost]],
    ['fm set', ['fm', 'set', samplePost, 'draft=true']],
    ['new', ['new', samples, 'twitter_ai_20251112_20251112', '--template', 'report']],
    ['samples', ['samples', join(samples, 'copy')]]
  ])(
    '%s refuses to write into the bundled samples, which stay byte-identical',
    async (_name, args) => {
      const before = await snapshot(samples)
      const run = await runCli(args, { POSTCLOUD_DATA_DIR: join(temp, 'data') })
      expect(run.code).toBe(1)
      expect(run.stderr).toContain("inside Postcloud's own resources folder")
      expect(run.stderr).toContain('postcloud samples <dir>')
      expect(await snapshot(samples)).toEqual(before)
    }
  )

  it('refuses a page written into the resources folder', async () => {
    const out = resolve('resources/page.html')
    const run = await runCli(['preview', join(temp, 'missing.md'), '--out', out])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain("inside Postcloud's own resources folder")
    expect(existsSync(out)).toBe(false)
  })
})
