import { test as base } from '@playwright/test'
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export interface WebHostHandle {
  /** Page address with the token in its query (`?token=`). */
  url: string
  /** The posts folder the host serves: a fresh copy of the sample posts. */
  folder: string
  dataDir: string
}

/**
 * Prepares the copied posts folder before the host opens it (e.g. 10,000 generated posts). An
 * object, because Playwright would take a bare function given to `test.use` for a fixture.
 */
export interface FolderSeed {
  prepare(folder: string): Promise<void>
}

const root = resolve(__dirname, '..', '..')

/** Starts `postcloud serve` on a fresh temp copy of the sample posts and a fresh data folder. */
export async function startHost(
  folderSeed: FolderSeed | null
): Promise<{ handle: WebHostHandle; child: ChildProcess; temp: string }> {
  const temp = await mkdtemp(join(tmpdir(), 'postcloud-e2e-'))
  const folder = join(temp, 'posts')
  const dataDir = join(temp, 'data')
  await cp(join(root, 'resources', 'sample-posts'), folder, { recursive: true })
  if (folderSeed) await folderSeed.prepare(folder)
  const child = spawn(
    process.execPath,
    [join(root, 'bin', 'postcloud.js'), 'serve', folder, '--no-open'],
    {
      env: { ...process.env, POSTCLOUD_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
  const url = await new Promise<string>((resolveUrl, reject) => {
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /Open (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output)
      if (match) resolveUrl(match[1])
    })
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code) => reject(new Error(`postcloud serve exited with ${code}:\n${output}`)))
  })
  return { handle: { url, folder, dataDir }, child, temp }
}

export const test = base.extend<{ host: WebHostHandle; folderSeed: FolderSeed | null }>({
  folderSeed: [null, { option: true }],
  host: async ({ folderSeed }, use) => {
    const { handle, child, temp } = await startHost(folderSeed)
    await use(handle)
    const exited = new Promise((done) => child.once('exit', done))
    child.kill('SIGTERM')
    await exited
    await rm(temp, { recursive: true, force: true })
  }
})

export { expect } from '@playwright/test'
