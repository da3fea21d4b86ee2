import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { exportCloud } from '@core/assets'
import type { PublishedSite } from '@core/site/published-links'
import type { CloudSettingsView } from '@core/cloud/cloud-settings'
import type { CloudImage, CloudRenderer } from '@core/cloud-render/cloud-image'
import type { Library } from '@core/library'
import type { FolderWords } from '@core/words'
import { cloudWords } from '@shared/cloud/cloud-words'
import type { CloudOptions } from '@shared/cloud/options'

/**
 * What every cloud of one folder run shares: the open folder, the analyzer, the folder's
 * settings and how images are drawn (in this thread, or in a pool for `--all`).
 */
export interface FolderRun {
  library: Library
  /** The folder's posts under its word rules: series boilerplate, split terms, emphasis. */
  words: FolderWords
  settings: CloudSettingsView
  render: CloudRenderer
  /** The Jekyll site the folder publishes (null for a plain folder), read once per run. */
  site: PublishedSite | null
  /**
   * A cloud link the published site would not resolve: `move` it to the folder's rule (the
   * default), or `keep` it and write where it points (`--keep-link`).
   */
  link: 'move' | 'keep'
}

/** Where a post's cloud went, and the link it had before when that link was moved. */
export interface ExportedCloud {
  /** The image's absolute path. */
  path: string
  /** The new link and the old one, when the old one was moved to the folder's rule. */
  moved: { from: string; to: string } | null
}

/** A post's cloud drawn from the post's text on disk, with the folder's word edits applied. */
export async function renderPostCloud(
  run: FolderRun,
  id: string,
  options: CloudOptions,
  maskBytes?: Uint8Array | null
): Promise<CloudImage> {
  const post = await run.library.read(id)
  // All words, not just the top ones: merges can lift a word into the top `maxWords`.
  const stats = await run.words.analyzePost(id, post.raw, { emphasis: options.emphasis })
  const words = cloudWords(stats.words, run.settings.folder.edits, options.maxWords)
  const mask =
    options.shape === 'mask' && options.mask !== null
      ? (maskBytes ?? (await readFile(await run.library.resolve(options.mask))))
      : null
  return run.render({ words, options, format: 'jpg', mask })
}

/**
 * Writes the image where the window's Export would (the post's existing cloud link, else the
 * folder's naming rule), links it from the post and remembers the options; never over a file
 * Postcloud did not write. A link the published site would not resolve is moved to the folder's
 * rule unless the run keeps links.
 */
export async function exportPostCloud(
  run: FolderRun,
  id: string,
  options: CloudOptions,
  rendered: CloudImage
): Promise<ExportedCloud> {
  const result = await exportCloud(
    run.library,
    id,
    rendered.bytes.toString('base64'),
    { format: 'jpg', cloud: options, link: run.link },
    { pattern: run.settings.folder.pattern, site: run.site }
  )
  return {
    path: join(run.library.info().path, ...result.imagePath.split('/')),
    moved: result.movedFrom === undefined ? null : { from: result.movedFrom, to: result.link }
  }
}

/** The stderr line that tells the writer a post's cloud link was moved, and why. */
export function movedLine(id: string, moved: { from: string; to: string }): string {
  return `postcloud cloud: ${id}: moved the cloud link from ${moved.from} to ${moved.to}; the old link would not work on the published site (use --keep-link to keep such links)\n`
}
