import { parseArgs } from 'node:util'
import { readPostSource } from '@core/library/read-text'
import { textOf } from '@core/analysis/text-source'
import type { PostTrends } from '@core/words'
import { batchAnalyzer } from '../batch-analyzer'
import { bundlePaths } from '../bundle-paths'
import { displayWidth } from '../display-width'
import { trendsHelp } from '../help'
import { locatePost } from '../locate-post'
import { UsageError } from '../usage-error'

/** `postcloud trends <post>`: what the post says that the posts of its series before it did not. */
export async function trendsCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      baseline: { type: 'string', default: '8' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false }
    }
  })
  if (values.help) {
    process.stdout.write(trendsHelp)
    return 0
  }
  if (positionals.length !== 1) throw new UsageError('trends needs exactly one post.')
  const size = Number(values.baseline)
  if (!Number.isInteger(size) || size < 0) {
    throw new UsageError(`--baseline must be a whole number, not "${values.baseline}".`)
  }
  const { folder, id } = await locatePost(positionals[0])
  const text = textOf(await readPostSource(folder, id))
  const analyzer = batchAnalyzer(bundlePaths())
  try {
    await analyzer.setFolder(folder)
    const [{ Library }, { folderWords }] = await Promise.all([
      import('@core/library'),
      import('../folder-words')
    ])
    const library = await Library.open(folder, { resourcesDir: bundlePaths().resourcesDir })
    try {
      const trends = await folderWords(library, analyzer, folder).trends(id, text, size)
      process.stdout.write(values.json ? JSON.stringify(trends) + '\n' : formatTrends(trends))
      return 0
    } finally {
      await library.close()
    }
  } finally {
    await analyzer.close()
  }
}

/** The table shows this many new words: with few or no earlier posts, most words are new. */
const shownNew = 20

function formatTrends(trends: PostTrends): string {
  const series = trends.series
    ? `Series ${trends.series.key} (${trends.series.posts} posts), baseline of ${trends.baseline.length} earlier post(s)`
    : 'The post belongs to no series: nothing to compare it with.'
  const column = (words: readonly { word: string }[]): number =>
    Math.max(4, ...words.map((w) => displayWidth(w.word)))
  const pad = (word: string, width: number): string => word + ' '.repeat(width - displayWidth(word))
  const section = (title: string, lines: string[]): string[] =>
    lines.length > 0 ? ['', title, ...lines] : ['', `${title} none`]
  const newWidth = column(trends.new.slice(0, shownNew))
  const movedWidth = column([...trends.rising, ...trends.falling])
  const moved = (w: PostTrends['rising'][number]): string =>
    `  ${pad(w.word, movedWidth)}  ${String(w.count).padStart(5)}  ${String(w.baseline).padStart(8)}  ${w.score.toFixed(2).padStart(6)}`
  const header = `  ${'word'.padEnd(movedWidth)}  count  baseline   score`
  return [
    series,
    ...section('New (count):', [
      ...trends.new
        .slice(0, shownNew)
        .map((w) => `  ${pad(w.word, newWidth)}  ${String(w.count).padStart(5)}`),
      ...(trends.new.length > shownNew
        ? [`  … and ${trends.new.length - shownNew} more (--json lists them all)`]
        : [])
    ]),
    ...section('Rising:', trends.rising.length > 0 ? [header, ...trends.rising.map(moved)] : []),
    ...section('Falling:', trends.falling.length > 0 ? [header, ...trends.falling.map(moved)] : []),
    '',
    `${trends.ms} ms`,
    ''
  ].join('\n')
}
