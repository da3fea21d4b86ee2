/**
 * The keywords pipeline without the CLI: the analyzer alone over a folder's .md files, optionally
 * warming every worker before the folder is scanned (what the CLI could do).
 *
 *   npx tsx bench/keywords-driver.ts <folder> [--warm] [--pool N]
 *   POSTCLOUD_CMD="npx tsx bench/keywords-driver.ts {corpus} --warm" node bench/keywords.mjs
 *
 * Uses the bundled worker (out/main/analysis-worker.js) when built, else the TypeScript source.
 * Prints the same JSON as `postcloud keywords <folder> --json`, and a timing line on stderr.
 */
import { existsSync } from 'node:fs'
import { readFile, readdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createAnalyzer } from '../src/core/analysis'

async function markdownFiles(dir: string): Promise<string[]> {
  const found: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory() && !entry.name.startsWith('.')) {
      found.push(...(await markdownFiles(path)))
    } else if (entry.isFile() && entry.name.endsWith('.md')) found.push(path)
  }
  return found.sort()
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { pool: { type: 'string' }, warm: { type: 'boolean', default: false } }
  })
  const started = performance.now()
  const bundled = resolve('out/main/analysis-worker.js')
  const analyzer = createAnalyzer({
    workerScript: existsSync(bundled) ? bundled : resolve('src/core/analysis/worker.ts'),
    workerExecArgv: existsSync(bundled) ? [] : ['--require', 'tsx/cjs'],
    resourcesDir: resolve('resources'),
    poolSize: values.pool ? Number(values.pool) : undefined
  })
  try {
    const folder = resolve(positionals[0])
    await analyzer.setFolder(folder)
    // Loading jieba takes ~0.8 s per worker: start it before scanning the folder.
    if (values.warm) analyzer.warmUp(Infinity).catch(() => {})
    const files = await markdownFiles(folder)
    async function* texts(): AsyncGenerator<string> {
      for (const file of files) yield await readFile(file, 'utf8')
    }
    const result = await analyzer.analyzeCorpus(texts(), { top: 50 })
    process.stdout.write(JSON.stringify(result) + '\n')
    const total = Math.round(performance.now() - started)
    process.stderr.write(`analyzeCorpus ${result.ms} ms, driver total ${total} ms\n`)
  } finally {
    await analyzer.close()
  }
}

void main()
