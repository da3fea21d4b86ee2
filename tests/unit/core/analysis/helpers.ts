import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { AnalysisResult } from '@shared/analysis'
import { createAnalyzer } from '@core/analysis'
import type { Analyzer } from '@core/analysis'
import { markdownToProse } from '@shared/text'
import { sourceWorker } from '../../../support/source-worker'

/** Shared set-up for the analyzer tests: fixtures, analyzers run from source, temp folders. */

export const fixture = (name: string): string =>
  readFileSync(resolve('tests/fixtures/analysis', name), 'utf8')
export const report = fixture('ai-report.md')
export const reportProse = markdownToProse(report)

/** Occurrences in the report's prose (front matter, URLs and definitions are not prose). */
export function occurrences(pattern: RegExp): number {
  return (reportProse.match(pattern) ?? []).length
}

export interface Harness {
  /** `segmentHere`: the test's thread segments too, as a batch command's does. */
  analyzer(resourcesDir?: string, poolSize?: number, segmentHere?: boolean): Analyzer
  /** A posts folder with the given `.postcloud/` files. */
  folder(name: string, files: Record<string, string>): string
  temp: string
  dispose(): Promise<void>
}

export function harness(): Harness {
  const analyzers: Analyzer[] = []
  const temp = mkdtempSync(join(tmpdir(), 'postcloud-analyzer-'))
  return {
    temp,
    analyzer(resourcesDir = resolve('resources'), poolSize = 2, segmentHere = false) {
      const created = createAnalyzer({
        ...sourceWorker,
        resourcesDir,
        poolSize,
        segmentHere
      })
      analyzers.push(created)
      return created
    },
    folder(name, files) {
      const root = join(temp, name)
      mkdirSync(join(root, '.postcloud'), { recursive: true })
      for (const [file, text] of Object.entries(files)) {
        writeFileSync(join(root, '.postcloud', file), text)
      }
      return root
    },
    async dispose() {
      await Promise.all(analyzers.map((a) => a.close()))
      rmSync(temp, { recursive: true, force: true })
    }
  }
}

export function wordsOf(result: AnalysisResult): string[] {
  return result.words.map((w) => w.word)
}

export function countOf(result: AnalysisResult, word: string): number {
  return result.words.find((w) => w.word === word)?.count ?? 0
}
