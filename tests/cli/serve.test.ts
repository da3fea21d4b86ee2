import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdtemp, realpath, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

interface Serving {
  child: ChildProcess
  url: URL
  stderr: () => string
}

/** Starts the built `postcloud serve` and resolves once it prints the address to open. */
function serve(args: string[], dataDir: string): Promise<Serving> {
  if (!existsSync(resolve('out/main/cli.js'))) {
    throw new Error('The CLI is not built: run `npm run build` first (npm test does).')
  }
  const child = spawn(
    process.execPath,
    [resolve('bin/postcloud.js'), 'serve', ...args, '--no-open'],
    {
      env: { ...process.env, POSTCLOUD_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
  let stdout = ''
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  return new Promise((done, fail) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const match = /^Open (\S+)$/m.exec(stdout)
      if (match) done({ child, url: new URL(match[1]), stderr: () => stderr })
    })
    child.once('exit', (code) => fail(new Error(`serve exited with ${code}: ${stdout}${stderr}`)))
  })
}

/** Ctrl-C, as a terminal sends it; resolves with how the process ended. */
function interrupt(child: ChildProcess): Promise<{ code: number | null; signal: string | null }> {
  const exited = new Promise<{ code: number | null; signal: string | null }>((done) =>
    child.once('exit', (code, signal) => done({ code, signal }))
  )
  child.kill('SIGINT')
  return exited
}

async function currentFolder(url: URL): Promise<string> {
  const token = url.searchParams.get('token')
  const response = await fetch(new URL('/api/currentFolder', url), {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: '{"args":[]}'
  })
  return ((await response.json()) as { result: { path: string } }).result.path
}

/** Whether another server can take the port now: the stopped host let it go. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer()
    probe.once('error', () => done(false))
    probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)))
  })
}

describe('postcloud serve', () => {
  let temp: string
  let posts: string
  beforeAll(async () => {
    temp = await realpath(await mkdtemp(join(tmpdir(), 'postcloud-serve-')))
    posts = join(temp, 'posts')
    await cp(resolve('resources/sample-posts'), posts, { recursive: true })
  })
  afterAll(() => rm(temp, { recursive: true, force: true }))

  it('prints the address with the token in its query, and stops cleanly on Ctrl-C', async () => {
    const host = await serve([posts], join(temp, 'data-a'))
    expect(host.url.href).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{16,}$/)
    expect(await currentFolder(host.url)).toBe(posts)
    expect(await interrupt(host.child)).toEqual({ code: 0, signal: null })
    expect(host.stderr()).toBe('')
    expect(await portIsFree(Number(host.url.port))).toBe(true)
  })

  it('without a folder serves the last one opened, else a copy of the sample posts', async () => {
    const fresh = join(temp, 'data-b')
    const first = await serve([], fresh)
    const samples = await currentFolder(first.url)
    expect(samples.startsWith(fresh)).toBe(true)
    expect(await interrupt(first.child)).toEqual({ code: 0, signal: null })

    const used = join(temp, 'data-c')
    const opened = await serve([posts], used)
    expect(await interrupt(opened.child)).toEqual({ code: 0, signal: null })
    const again = await serve([], used)
    expect(await currentFolder(again.url)).toBe(posts)
    expect(await interrupt(again.child)).toEqual({ code: 0, signal: null })
  })
})
