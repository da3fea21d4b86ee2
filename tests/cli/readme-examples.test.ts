import { existsSync } from 'node:fs'
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from './run-cli'

const built = existsSync(resolve('out/main/cli.js'))
if (!built)
  console.log('The CLI is not built (npm run build): the README example tests are skipped')

/** The first `sh` block of the README's command-line section, one command a line. */
async function cliExamples(): Promise<string[]> {
  const readme = await readFile(resolve('README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('## The command line'))
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? ''
  return block
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line !== '')
}

/** A line's words, with `[optional]` parts left out and a `${d}` day filled in. */
function words(line: string, day: string): string[] {
  const required = line.replace(/\s\[[^\]]*\]/g, '').replace(/\$\{d\}/g, day)
  const quoted = required.match(/"[^"]*"|'[^']*'|\S+/g) ?? []
  return quoted.map((word) => word.replace(/^(["'])(.*)\1$/, '$2'))
}

describe.skipIf(!built)('the README’s command-line examples', () => {
  let home: string

  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'postcloud-readme-'))
  })
  afterAll(() => rm(home, { recursive: true, force: true }))

  it('make a copy of the samples first and never name the bundled ones', async () => {
    const lines = await cliExamples()
    expect(lines.slice(0, 3)).toEqual([
      'postcloud --help',
      'postcloud samples ~/postcloud-samples',
      'cd ~/postcloud-samples'
    ])
    expect(lines.join('\n')).not.toContain('resources/')
  })

  // Every command is a fresh process, and the cloud commands segment and draw: it takes a while.
  it('each run, in order, on that copy', async () => {
    const env = { HOME: home, POSTCLOUD_DATA_DIR: join(home, 'data') }
    let cwd = home
    const day = '20251112'
    for (const line of await cliExamples()) {
      if (line.startsWith('cd ')) {
        cwd = line.slice(3).replace(/^~/, home)
        continue
      }
      if (line.startsWith('d=') || line.startsWith('postcloud serve')) continue
      const args = words(line, day)
        .slice(1)
        // Pages the examples write to /tmp go into the test's own folder.
        .map((word) => word.replace(/^\/tmp\//, `${home}/`).replace(/^~/, home))
      const run = await runCli(args, env, cwd)
      expect(run.code, `${line}\n${run.stderr}`).toBe(0)
    }
    const posts = await readdir(join(home, 'postcloud-samples/_posts'))
    const report = posts.filter((name) => name.endsWith('-twitter-ai-20251112-20251112.md'))
    expect(report).toHaveLength(1)
  }, 240_000)
})
