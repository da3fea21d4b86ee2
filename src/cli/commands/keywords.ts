import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { emphasisValues } from '@shared/analysis'
import type { AnalysisResult, AnalyzeOptions, Emphasis } from '@shared/analysis'
import { PostcloudError } from '@shared/errors'
import { batchAnalyzer } from '../batch-analyzer'
import { readPostSource } from '@core/library/read-text'
import { textOf } from '@core/analysis/text-source'
import type { Analyzer } from '@core/analysis'
import type { SegmentedPost } from '@core/analysis/segmented'
import { bundlePaths } from '../bundle-paths'
import { locatePost } from '../locate-post'
import { keywordsHelp } from '../help'
import { createProgress } from '../progress'
import { settingsRoot } from '../settings-root'
import { UsageError } from '../usage-error'
import { displayWidth } from '../display-width'

export async function keywordsCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      top: { type: 'string', default: '50' },
      emphasis: { type: 'string', default: 'count' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false }
    }
  })
  if (values.help) {
    process.stdout.write(keywordsHelp)
    return 0
  }
  if (positionals.length !== 1) throw new UsageError('keywords needs exactly one file or folder.')
  const top = Number(values.top)
  if (!Number.isInteger(top) || top < 0)
    throw new UsageError(`--top must be a whole number, not "${values.top}".`)
  const emphasis = emphasisOption(values.emphasis)

  const target = resolve(positionals[0])
  const kind = await pathKind(target)
  const paths = bundlePaths()
  const analyzer = batchAnalyzer(paths)
  try {
    const options: AnalyzeOptions = { top: top === 0 ? undefined : top, emphasis }
    const result =
      kind === 'folder'
        ? await analyzeFolder(analyzer, target, options)
        : await analyzeFile(analyzer, target, options)
    process.stdout.write(values.json ? JSON.stringify(result) + '\n' : formatTable(result))
    return 0
  } finally {
    await analyzer.close()
  }
}

function emphasisOption(value: string | undefined): Emphasis {
  const found = emphasisValues.find((known) => known === value)
  if (!found) {
    throw new UsageError(`--emphasis must be ${emphasisValues.join(' or ')}, not "${value}".`)
  }
  return found
}

async function pathKind(path: string): Promise<'file' | 'folder'> {
  try {
    const info = await stat(path)
    if (info.isDirectory()) return 'folder'
    if (info.isFile()) return 'file'
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EACCES') {
      throw new PostcloudError('PERMISSION', `cannot read ${path}: permission denied`)
    }
    throw new PostcloudError('NOT_FOUND', `no such file or folder: ${path}`)
  }
  throw new PostcloudError('INVALID_ARGUMENT', `${path} is neither a file nor a folder`)
}

/**
 * One post, counted as the window counts it: in the nearest folder holding `_config.yml` or
 * `.postcloud/` (else its own), whose posts decide its series. Its segmentation starts first
 * (from the cache, or a worker that loads jieba for half a second); the folder's posts and the
 * modules that read them load while it runs.
 */
async function analyzeFile(
  analyzer: Analyzer,
  file: string,
  options: AnalyzeOptions
): Promise<AnalysisResult> {
  const { folder, id } = await locatePost(file)
  const text = textOf(await readPostSource(folder, id))
  await analyzer.setFolder(folder)
  let onDispatched = (): void => {}
  const dispatched = new Promise<void>((resolveDispatched) => (onDispatched = resolveDispatched))
  const segmented = new Promise<SegmentedPost>((resolveSegmented, reject) => {
    analyzer
      .segment([text], (_index, result) => resolveSegmented(result), { onDispatched })
      .catch(reject)
  })
  segmented.catch(() => undefined) // awaited below; a failure must not go unhandled meanwhile
  await Promise.race([
    dispatched,
    segmented.then(
      () => undefined,
      () => undefined
    )
  ])
  const [{ Library }, { folderWords }] = await Promise.all([
    import('@core/library'),
    import('../folder-words')
  ])
  const library = await Library.open(folder, { resourcesDir: bundlePaths().resourcesDir })
  try {
    return await folderWords(library, analyzer, folder).analyzePost(id, text, options, segmented)
  } finally {
    await library.close()
  }
}

/**
 * Every readable post of the folder, each counted under its own series' rules, summed. Files
 * that cannot be read as text (binary, neither UTF-8 nor GBK/GB18030, too large) are named on
 * stderr and skipped; GBK/GB18030 posts are analysed from their strict decode.
 */
async function analyzeFolder(
  analyzer: Analyzer,
  folder: string,
  options: AnalyzeOptions
): Promise<AnalysisResult> {
  // The folder's posts make the corpus; its settings (word lists, rules) are the enclosing site's.
  const root = await settingsRoot(folder)
  await analyzer.setFolder(root)
  const { folderCorpusWords } = await import('../folder-words')
  const progress = createProgress('Analysing')
  try {
    return await folderCorpusWords(folder, analyzer, root).analyzeAll(options, {
      onProgress: (done, total) => progress.update(done, total),
      onSkip: (id, error) => {
        if (!(error instanceof PostcloudError) || !unreadable.has(error.code)) return false
        process.stderr.write(`postcloud keywords: skipped ${id}: ${error.message}\n`)
        return true
      }
    })
  } finally {
    progress.finish()
  }
}

const unreadable = new Set(['BINARY_FILE', 'BAD_ENCODING', 'TOO_LARGE'])

function formatTable(result: AnalysisResult): string {
  const width = Math.max(4, ...result.words.map((w) => displayWidth(w.word)))
  const distinctive = result.emphasis === 'distinctive'
  const lines = result.words.map(
    (w, i) =>
      `${String(i + 1).padStart(4)}  ${w.word}${' '.repeat(width - displayWidth(w.word))}  ${String(w.count).padStart(6)}  ${w.weight.toFixed(4)}${distinctive ? `  ${w.score.toFixed(2).padStart(8)}` : ''}`
  )
  const summary = `${result.files} file(s), ${result.chars} characters, ${result.tokens} words counted, ${result.ms} ms`
  const header = `   #  ${'word'.padEnd(width)}   count  weight${distinctive ? '     score' : ''}`
  return [header, ...lines, summary, ''].join('\n')
}
