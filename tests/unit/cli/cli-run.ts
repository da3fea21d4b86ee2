import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { vi } from 'vitest'
import { runCli } from '@cli/main'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** Runs a `postcloud` command line in this process, capturing what it writes. */
export async function postcloud(...argv: string[]): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk)
    return true
  })
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk)
    return true
  })
  try {
    const code = await runCli(argv, 'test')
    return { code, stdout, stderr }
  } finally {
    out.mockRestore()
    err.mockRestore()
  }
}

/** A fresh copy of tests/fixtures/lint (the Jekyll site and the fm posts) in a temp folder. */
export function copyFixtures(): { temp: string; site: string; fm: string; remove: () => void } {
  const temp = mkdtempSync(join(tmpdir(), 'postcloud-lint-'))
  cpSync(resolve('tests/fixtures/lint'), temp, { recursive: true })
  vi.stubEnv('POSTCLOUD_DATA_DIR', join(temp, 'data'))
  return {
    temp,
    site: join(temp, 'site'),
    fm: join(temp, 'fm'),
    remove: () => {
      vi.unstubAllEnvs()
      rmSync(temp, { recursive: true, force: true })
    }
  }
}
