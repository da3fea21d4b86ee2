import { stat } from 'node:fs/promises'
import { basename, dirname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { AnalysisResult } from '@shared/analysis'
import { PostcloudError } from '@shared/errors'
import { createAnalyzer } from '@core/analysis'
import type { Analyzer } from '@core/analysis'
import { Library } from '@core/library'
import { bundlePaths } from '../bundle-paths'
import { keywordsHelp } from '../help'
import { createProgress } from '../progress'
import { settingsRoot } from '../settings-root'
import { UsageError } from '../usage-error'

export async function keywordsCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      top: { type: 'string', default: '50' },
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

  const target = resolve(positionals[0])
  const kind = await pathKind(target)
  const paths = bundlePaths()
  const analyzer = createAnalyzer({
    workerScript: paths.workerScript,
    resourcesDir: paths.resourcesDir
  })
  try {
    const root = kind === 'folder' ? target : dirname(target)
    await analyzer.setFolder(await settingsRoot(root))
    // Loading jieba takes most of a second per worker: let it overlap reading the posts.
    const warming = analyzer.warmUp(kind === 'folder' ? Infinity : 1)
    warming.catch(() => undefined)
    const options = { top: top === 0 ? undefined : top }
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

async function analyzeFile(
  analyzer: Analyzer,
  file: string,
  options: { top?: number }
): Promise<AnalysisResult> {
  const library = await Library.open(dirname(file), { resourcesDir: bundlePaths().resourcesDir })
  try {
    const post = await library.read(basename(file))
    return await analyzer.analyzeText(post.raw, options)
  } finally {
    await library.close()
  }
}

/**
 * Every readable post of the folder as one corpus, each file read once. Files that cannot be
 * read as text (binary, neither UTF-8 nor GBK/GB18030, too large) are named on stderr and skipped;
 * GBK/GB18030 posts are analysed from their strict decode (reading never changes the file).
 */
async function analyzeFolder(
  analyzer: Analyzer,
  folder: string,
  options: { top?: number }
): Promise<AnalysisResult> {
  const library = await Library.open(folder, { resourcesDir: bundlePaths().resourcesDir })
  const progress = createProgress('Analysing')
  try {
    const ids = await library.ids()
    let done = 0
    async function* texts(): AsyncGenerator<string> {
      for (const id of ids) {
        const text = await readableText(library, id)
        progress.update(++done, ids.length)
        if (text !== null) yield text
      }
    }
    return await analyzer.analyzeCorpus(texts(), options)
  } finally {
    progress.finish()
    await library.close()
  }
}

const unreadable = new Set(['BINARY_FILE', 'BAD_ENCODING', 'TOO_LARGE'])

async function readableText(library: Library, id: string): Promise<string | null> {
  try {
    return (await library.read(id)).raw
  } catch (error) {
    if (!(error instanceof PostcloudError) || !unreadable.has(error.code)) throw error
    process.stderr.write(`postcloud keywords: skipped ${id}: ${error.message}\n`)
    return null
  }
}

function formatTable(result: AnalysisResult): string {
  const width = Math.max(4, ...result.words.map((w) => displayWidth(w.word)))
  const lines = result.words.map(
    (w, i) =>
      `${String(i + 1).padStart(4)}  ${w.word}${' '.repeat(width - displayWidth(w.word))}  ${String(w.count).padStart(6)}  ${w.weight.toFixed(4)}`
  )
  const summary = `${result.files} file(s), ${result.chars} characters, ${result.tokens} words counted, ${result.ms} ms`
  return [`   #  ${'word'.padEnd(width)}   count  weight`, ...lines, summary, ''].join('\n')
}

/** CJK characters take two terminal columns. */
function displayWidth(text: string): number {
  let width = 0
  for (const char of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(char)
      ? 2
      : 1
  return width
}
