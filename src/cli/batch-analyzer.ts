import { createAnalyzer } from '@core/analysis'
import type { Analyzer } from '@core/analysis'

/**
 * The analyzer of a command that runs once over posts and exits (keywords, cloud): its own
 * thread, which otherwise mostly waits, segments as one of the pool's threads. On two cores that
 * is one worker instead of two, and jieba loads here while the worker starts.
 */
export function batchAnalyzer(paths: { workerScript: string; resourcesDir: string }): Analyzer {
  return createAnalyzer({
    workerScript: paths.workerScript,
    resourcesDir: paths.resourcesDir,
    segmentHere: true
  })
}
