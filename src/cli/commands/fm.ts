import { parseArgs } from 'node:util'
import { OpenFolder } from '@core/api/open-folder'
import { LocalHistory } from '@core/app-data/history'
import { openLog } from '@core/app-data/log-file'
import { PostcloudError } from '@shared/errors'
import { refuseAppResources } from '../app-resources'
import { bundlePaths } from '../bundle-paths'
import { parseAssignments } from '../fm/assignments'
import { childNode, frontMatterNode, prettyJson } from '../fm/ordered-json'
import { readPostFile, requireReadableFrontMatter } from '../fm/post-file'
import { fmHelp } from '../help'
import { UsageError } from '../usage-error'

/** `postcloud fm get|set`: a post's front matter for scripts and pipelines. */
export async function fmCommand(argv: string[]): Promise<number> {
  const [action, ...rest] = argv
  if (action === '-h' || action === '--help' || action === 'help') {
    process.stdout.write(fmHelp)
    return 0
  }
  if (action === 'get') return fmGet(rest)
  if (action === 'set') return fmSet(rest)
  throw new UsageError(
    action === undefined ? 'fm needs get or set.' : `unknown action "${action}"; use get or set.`
  )
}

async function fmGet(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h', default: false } }
  })
  if (values.help) {
    process.stdout.write(fmHelp)
    return 0
  }
  if (positionals.length < 1 || positionals.length > 2) {
    throw new UsageError('fm get needs a post and at most one key.')
  }
  const [path, key] = positionals
  const { post } = await readPostFile(path)
  requireReadableFrontMatter(post, path)
  const data = post.frontMatter ?? {}
  const node = frontMatterNode(post.raw)
  if (key === undefined) {
    process.stdout.write(`${prettyJson(data, node)}\n`)
    return 0
  }
  if (!Object.hasOwn(data, key)) {
    throw new PostcloudError('NOT_FOUND', `${path} has no front matter key "${key}"`)
  }
  const value = data[key]
  process.stdout.write(
    `${typeof value === 'string' ? value : prettyJson(value, childNode(node, key))}\n`
  )
  return 0
}

async function fmSet(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      string: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      unset: { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', short: 'h', default: false }
    }
  })
  if (values.help) {
    process.stdout.write(fmHelp)
    return 0
  }
  const [path, ...assignments] = positionals
  if (path === undefined || (assignments.length === 0 && values.unset.length === 0)) {
    throw new UsageError('fm set needs a post and at least one key=value (or --unset key).')
  }
  const changes = parseAssignments(assignments, values.unset, values.string)
  await refuseAppResources(path)
  const { post, folder, id } = await readPostFile(path)
  requireReadableFrontMatter(post, path)
  const { resourcesDir, dataDir } = bundlePaths()
  const open = await OpenFolder.open(folder, {
    resourcesDir,
    history: new LocalHistory(dataDir),
    log: openLog(dataDir, 'recovery')
  })
  try {
    // The window's front matter form writes the same way: only if the file is still the one read,
    // atomically (mode and BOM kept), under the post's lock, the replaced version kept in the
    // local history; nothing at all when nothing changes (its mtime stays). A date Jekyll cannot
    // read is refused as the form refuses it, unless --force.
    await open.updateFrontMatter(id, changes, post.stamp, { force: values.force })
  } finally {
    await open.library.close()
  }
  return 0
}
