import { readFile, stat } from 'node:fs/promises'
import { basename, dirname, relative, resolve, sep } from 'node:path'
import { parseArgs } from 'node:util'
import { batchAnalyzer } from '../batch-analyzer'
import { readCloudSettings } from '@core/cloud/cloud-settings'
import { saveCloudMask } from '@core/cloud/mask-file'
import { renderInThread } from '@core/cloud-render/render-cloud'
import { publishedSiteOf } from '@core/assets/export-cloud'
import { Library } from '@core/library'
import { PostcloudError } from '@shared/errors'
import { refuseAppResources } from '../app-resources'
import { bundlePaths } from '../bundle-paths'
import { folderWords } from '../folder-words'
import { cloudAll } from '../cloud/cloud-all'
import { optionsWithFlags } from '../cloud/cloud-flags'
import { exportPostCloud, movedLine, renderPostCloud } from '../cloud/post-cloud'
import type { FolderRun } from '../cloud/post-cloud'
import { writeOutFile } from '../cloud/write-out'
import { cloudHelp } from '../help'
import { settingsRoot } from '../settings-root'
import { UsageError } from '../usage-error'

export async function cloudCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      width: { type: 'string' },
      height: { type: 'string' },
      'max-words': { type: 'string' },
      seed: { type: 'string' },
      shape: { type: 'string' },
      mask: { type: 'string' },
      palette: { type: 'string' },
      colors: { type: 'string' },
      emphasis: { type: 'string' },
      json: { type: 'boolean', default: false },
      all: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      'keep-link': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false }
    }
  })
  if (values.help) {
    process.stdout.write(cloudHelp)
    return 0
  }
  if (positionals.length !== 1) {
    throw new UsageError(values.all ? 'cloud --all needs one folder.' : 'cloud needs one post.')
  }
  const target = resolve(positionals[0])
  if (values.all) {
    const flags = [
      'out',
      'width',
      'height',
      'max-words',
      'seed',
      'shape',
      'mask',
      'palette',
      'colors',
      'emphasis'
    ] as const
    const given = flags.filter((flag) => values[flag] !== undefined)
    if (given.length > 0) {
      throw new UsageError(
        `--all uses each post's remembered options; --${given[0]} applies to one post.`
      )
    }
    await refuseAppResources(target)
    return cloudAll(target, {
      force: values.force,
      json: values.json,
      keepLink: values['keep-link']
    })
  }
  if (values.force) throw new UsageError('--force goes with --all.')
  await requireFile(target)
  // With --out the post is only read, unless a mask from elsewhere is copied into its folder.
  if (values.out === undefined || values.mask !== undefined) await refuseAppResources(target)

  const root = await settingsRoot(dirname(target))
  const id = relative(root, target).split(sep).join('/')
  const paths = bundlePaths()
  const library = await Library.open(root, { resourcesDir: paths.resourcesDir })
  const analyzer = batchAnalyzer(paths)
  try {
    await analyzer.setFolder(root)
    const settings = await readCloudSettings(root)
    if (settings.problem) process.stderr.write(`postcloud cloud: ${settings.problem}\n`)
    const maskPath = values.mask === undefined ? null : resolve(values.mask)
    const maskBytes = maskPath === null ? null : await readMask(maskPath)
    const options = optionsWithFlags(
      settings.optionsFor(id).options,
      values,
      maskPath && maskBytes && (await maskId(root, maskPath, maskBytes))
    )
    const run: FolderRun = {
      library,
      words: folderWords(library, analyzer),
      settings,
      render: renderInThread,
      site: publishedSiteOf(library),
      link: values['keep-link'] ? 'keep' : 'move'
    }
    const rendered = await renderPostCloud(run, id, options, maskBytes)
    let out: string
    if (values.out !== undefined) {
      out = resolve(values.out)
      await refuseAppResources(out)
      await writeOutFile(out, rendered.bytes)
    } else {
      const exported = await exportPostCloud(run, id, options, rendered)
      out = exported.path
      if (exported.moved) process.stderr.write(movedLine(id, exported.moved))
    }
    const summary = {
      out,
      width: options.width * options.scale,
      height: options.height * options.scale,
      requested: rendered.requested,
      placed: rendered.placed,
      seed: options.seed,
      ms: rendered.ms,
      inked: rendered.inked === null ? null : Math.round(rendered.inked * 10000) / 10000
    }
    process.stdout.write(
      values.json
        ? JSON.stringify(summary) + '\n'
        : `${out}\n${summary.width}x${summary.height}, ${summary.placed} of ${summary.requested} words placed, seed ${summary.seed}, ${summary.ms} ms\n`
    )
    return 0
  } finally {
    await analyzer.close()
    await library.close()
  }
}

async function requireFile(path: string): Promise<void> {
  let isFile = false
  try {
    isFile = (await stat(path)).isFile()
  } catch {
    throw new PostcloudError('NOT_FOUND', `no such post: ${path}`)
  }
  if (!isFile) throw new UsageError(`${path} is not a file; use cloud --all for a folder.`)
}

async function readMask(path: string): Promise<Buffer> {
  try {
    return await readFile(path)
  } catch {
    throw new PostcloudError('NOT_FOUND', `cannot read the mask image ${path}`)
  }
}

/**
 * The mask as the post's options remember it: its path relative to the folder. A mask from
 * outside the folder is copied into `.postcloud/masks/` first (once: the same bytes are reused),
 * as the window does, so the remembered options name a file every copy of the folder has.
 */
async function maskId(root: string, maskPath: string, bytes: Buffer): Promise<string> {
  const rel = relative(root, maskPath)
  if (!rel.startsWith('..') && resolve(root, rel) === maskPath) return rel.split(sep).join('/')
  return saveCloudMask(root, basename(maskPath), bytes.toString('base64'))
}
