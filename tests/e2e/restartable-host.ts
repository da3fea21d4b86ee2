import { test as base } from '@playwright/test'
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

/**
 * A web host that a test can kill like a crash (SIGKILL: no exit handlers, nothing flushed) and
 * start again on the same posts folder and the same data folder, as the next launch would.
 */
export interface RestartableHost {
  /** Page address of the running host (a new port and token after each start). */
  url: string
  folder: string
  dataDir: string
  /** Kills the host with SIGKILL and waits until it is gone. */
  crash(): Promise<void>
  /** Starts the host again on the same folders; resolves to its new page address. */
  start(): Promise<string>
}

const root = resolve(__dirname, '..', '..')

function serve(folder: string, dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [join(root, 'bin', 'postcloud.js'), 'serve', folder, '--no-open'],
    { env: { ...process.env, POSTCLOUD_DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] }
  )
  return new Promise((resolveStart, reject) => {
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /Open (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output)
      if (match) resolveStart({ child, url: match[1] })
    })
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code) => reject(new Error(`postcloud serve exited with ${code}:\n${output}`)))
  })
}

async function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((done) => child.once('exit', done))
  child.kill(signal)
  await exited
}

export const test = base.extend<{ host: RestartableHost }>({
  host: async ({}, use) => {
    const temp = await mkdtemp(join(tmpdir(), 'postcloud-e2e-crash-'))
    const folder = join(temp, 'posts')
    const dataDir = join(temp, 'data')
    await cp(join(root, 'resources', 'sample-posts'), folder, { recursive: true })
    let running = await serve(folder, dataDir)
    const host: RestartableHost = {
      url: running.url,
      folder,
      dataDir,
      crash: () => stop(running.child, 'SIGKILL'),
      start: async () => {
        running = await serve(folder, dataDir)
        host.url = running.url
        return running.url
      }
    }
    await use(host)
    await stop(running.child, 'SIGTERM')
    await rm(temp, { recursive: true, force: true })
  }
})

export { expect } from '@playwright/test'
