import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

const bin = resolve('bin/postcloud.js')

/** Runs the built `postcloud` command as a user would; the build must exist (npm test makes it). */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}, cwd?: string): Promise<CliRun> {
  if (!existsSync(resolve('out/main/cli.js'))) {
    throw new Error('The CLI is not built: run `npm run build` first (npm test does).')
  }
  return new Promise((done) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { env: { ...process.env, ...env }, cwd, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        done({ code, stdout, stderr })
      }
    )
  })
}
