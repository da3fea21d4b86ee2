import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { createAnalyzer } from '@core/analysis'
import { cloudWords } from '@shared/cloud/cloud-words'
import type { CloudWord } from '@shared/cloud/cloud-words'
import { sourceWorker } from '../../support/source-worker'

export const reportPath = resolve('tests/fixtures/cloud/report-3000.md')

/** The top 200 words of the fixture report, as the window and the CLI get them: the real analyzer. */
export async function reportWords(): Promise<CloudWord[]> {
  const analyzer = createAnalyzer({
    ...sourceWorker,
    resourcesDir: resolve('resources'),
    poolSize: 1
  })
  try {
    const stats = await analyzer.analyzeText(readFileSync(reportPath, 'utf8'), { top: 200 })
    return cloudWords(stats.words, { merge: {}, rename: {} }, 200)
  } finally {
    await analyzer.close()
  }
}
