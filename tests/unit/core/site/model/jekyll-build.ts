import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'

/** Why real Jekyll cannot run here, or null when `jekyll` 4.x answers. */
export function jekyllMissing(): string | null {
  try {
    const version = execFileSync('jekyll', ['--version'], { encoding: 'utf8', timeout: 20_000 })
    return /jekyll 4\./.test(version) ? null : `jekyll is ${version.trim()}, not 4.x`
  } catch {
    return 'jekyll is not installed (Debian: apt-get install jekyll)'
  }
}

function listFiles(root: string): string[] {
  const out: string[] = []
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else out.push(relative(root, path).split(sep).join('/'))
    }
  }
  walk(root)
  return out.sort()
}

/**
 * The files `jekyll build` writes for `source`, with `overrides` as a second config file
 * (`jekyll build -s <source> -d <tmp> --config <source>/_config.yml,<overrides>.yml`).
 */
export function jekyllBuildFiles(
  source: string,
  overrides: Record<string, unknown> = {},
  flags: string[] = []
): string[] {
  return jekyllBuild(source, overrides, flags, []).files
}

/** Builds `source` and returns the files written and the text of those named in `read`. */
export function jekyllBuild(
  source: string,
  overrides: Record<string, unknown>,
  flags: string[],
  read: string[]
): { files: string[]; texts: Record<string, string> } {
  const work = mkdtempSync(join(tmpdir(), 'postcloud-jekyll-'))
  try {
    const extra = join(work, 'overrides.yml')
    // JSON is YAML: the overrides need no YAML writer.
    writeFileSync(extra, JSON.stringify(overrides))
    const dest = join(work, 'site')
    execFileSync(
      'jekyll',
      [
        'build',
        '-q',
        '-s',
        source,
        '-d',
        dest,
        '--config',
        `${join(source, '_config.yml')},${extra}`,
        ...flags
      ],
      { stdio: 'ignore', timeout: 120_000, env: { ...process.env, JEKYLL_ENV: 'production' } }
    )
    const texts = Object.fromEntries(
      read.map((file) => [file, readFileSync(join(dest, file), 'utf8')])
    )
    return { files: listFiles(dest), texts }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
