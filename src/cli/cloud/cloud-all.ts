import { performance } from 'node:perf_hooks'
import { batchAnalyzer } from '../batch-analyzer'
import { createRenderPool } from '@core/cloud-render/render-pool'
import { readCloudSettings } from '@core/cloud/cloud-settings'
import { cloudStatus } from '@core/cloud/cloud-status'
import { unpublishedCloudLink } from '@core/assets/cloud-target'
import { publishedSiteOf } from '@core/assets/export-cloud'
import type { CloudStatus } from '@core/cloud/cloud-status'
import { Library } from '@core/library'
import { PostcloudError } from '@shared/errors'
import { bundlePaths } from '../bundle-paths'
import { folderWords } from '../folder-words'
import { createProgress } from '../progress'
import { exportPostCloud, movedLine, renderPostCloud } from './post-cloud'
import type { FolderRun } from './post-cloud'

export interface CloudAllFlags {
  force: boolean
  json: boolean
  /** Write where a link the published site would not resolve points, instead of moving it. */
  keepLink: boolean
}

interface Outcome {
  post: string
  result: 'regenerated' | 'up-to-date' | 'skipped' | 'failed'
  reason?: string
  moved?: { from: string; to: string }
}

/**
 * `postcloud cloud --all <folder>`: redraws every cloud whose post text or options changed since
 * it was made, or whose image is gone; `--force` draws one for every post. Images Postcloud did
 * not write are never replaced: those posts are listed as skipped. A cloud link the published
 * site would not resolve is redrawn and moved to the folder's rule (one stderr line per post),
 * unless `keepLink`. Exit status 1 when any failed.
 */
export async function cloudAll(folder: string, flags: CloudAllFlags): Promise<number> {
  const started = performance.now()
  const paths = bundlePaths()
  const library = await Library.open(folder, { resourcesDir: paths.resourcesDir })
  const analyzer = batchAnalyzer(paths)
  const renderers = createRenderPool(paths.cloudWorkerScript)
  const progress = createProgress('Clouds')
  const outcomes: Outcome[] = []
  try {
    await analyzer.setFolder(library.info().path)
    const settings = await readCloudSettings(library.info().path)
    if (settings.problem) process.stderr.write(`postcloud cloud: ${settings.problem}\n`)
    const run: FolderRun = {
      library,
      words: folderWords(library, analyzer),
      settings,
      render: renderers.render,
      site: publishedSiteOf(library),
      link: flags.keepLink ? 'keep' : 'move'
    }
    const posts = (await library.list()).filter((p) => !p.unreadable).map((p) => p.id)
    // One post per drawing worker at a time; the exports themselves queue on the folder's lock.
    let next = 0
    const work = async (): Promise<void> => {
      for (let i = next++; i < posts.length; i = next++) {
        outcomes[i] = await regenerate(run, posts[i], flags.force)
        progress.update(outcomes.filter(Boolean).length, posts.length)
      }
    }
    await Promise.all(Array.from({ length: renderers.size }, work))
  } finally {
    progress.finish()
    await renderers.close()
    await analyzer.close()
    await library.close()
  }
  const count = (result: Outcome['result']): number =>
    outcomes.filter((o) => o.result === result).length
  const summary = {
    regenerated: count('regenerated'),
    upToDate: count('up-to-date'),
    skipped: outcomes
      .filter((o) => o.result === 'skipped')
      .map(({ post, reason }) => ({ post, reason })),
    failed: outcomes
      .filter((o) => o.result === 'failed')
      .map(({ post, reason }) => ({ post, reason })),
    moved: outcomes.flatMap(({ post, moved }) => (moved ? [{ post, ...moved }] : [])),
    ms: Math.round(performance.now() - started)
  }
  for (const { post, from, to } of summary.moved) {
    process.stderr.write(movedLine(post, { from, to }))
  }
  if (flags.json) {
    process.stdout.write(JSON.stringify(summary) + '\n')
  } else {
    for (const o of [...summary.skipped, ...summary.failed]) {
      process.stderr.write(`postcloud cloud: ${o.post}: ${o.reason}\n`)
    }
    process.stdout.write(
      `${summary.regenerated} regenerated, ${summary.upToDate} up to date, ${summary.skipped.length} skipped, ${summary.failed.length} failed (${(summary.ms / 1000).toFixed(1)} s)\n`
    )
  }
  return summary.failed.length > 0 ? 1 : 0
}

async function regenerate(run: FolderRun, id: string, force: boolean): Promise<Outcome> {
  try {
    const status = await cloudStatus(run.library, id, { settings: run.settings })
    const why = force ? null : reasonToSkip(status)
    if (why === 'up-to-date' && !(await linkToMove(run, id))) {
      return { post: id, result: 'up-to-date' }
    }
    if (why !== null && why !== 'up-to-date') return { post: id, result: 'skipped', reason: why }
    const options = run.settings.optionsFor(id).options
    const rendered = await renderPostCloud(run, id, options)
    const { moved } = await exportPostCloud(run, id, options, rendered)
    return moved ? { post: id, result: 'regenerated', moved } : { post: id, result: 'regenerated' }
  } catch (error) {
    const reason =
      error instanceof PostcloudError || error instanceof Error ? error.message : String(error)
    const refused = error instanceof PostcloudError && error.code === 'EXISTS'
    return { post: id, result: refused ? 'skipped' : 'failed', reason }
  }
}

/** A fresh cloud is still redrawn when its link is to be moved: the site cannot show it where it is. */
async function linkToMove(run: FolderRun, id: string): Promise<boolean> {
  if (run.link === 'keep' || !run.site) return false
  return unpublishedCloudLink(run.site, run.library.info(), await run.library.read(id)) !== null
}

/** Why a post's cloud is left alone without --force, or null when it is to be drawn. */
function reasonToSkip(status: CloudStatus): string | null {
  if (status.state === 'fresh') return 'up-to-date'
  if (status.reason === 'not-ours') {
    return `${status.imagePath} was not written by Postcloud; it is left as it is.`
  }
  if (status.reason === 'image-changed') {
    return `${status.imagePath} was changed since Postcloud wrote it; it is left as it is.`
  }
  if (status.reason === 'no-image' && !status.linked)
    return 'no cloud yet (use --force to make one).'
  return null
}
