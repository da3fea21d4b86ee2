import { realpath } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { PostcloudError } from '@shared/errors'
import { bundlePaths } from './bundle-paths'

/**
 * Refuses to write at `target` when it lies inside Postcloud's own `resources/` folder (the
 * bundled sample site, templates, stopwords): in a checkout, a command run on the samples would
 * change files under version control; in an installed app, files its next update replaces.
 * Links are followed, so a link into `resources/` is caught too.
 */
export async function refuseAppResources(target: string): Promise<void> {
  const resources = await realNearest(bundlePaths().resourcesDir)
  const real = await realNearest(resolve(target))
  const inside = relative(resources, real)
  if (inside.startsWith('..') || isAbsolute(inside)) return
  throw new PostcloudError(
    'READ_ONLY',
    `${target} is inside Postcloud's own resources folder (${resources}), which commands never change. Make a copy to work on: postcloud samples <dir>`
  )
}

/** The real path of `path`, or of its nearest existing ancestor with the rest appended. */
async function realNearest(path: string): Promise<string> {
  try {
    return await realpath(path)
  } catch {
    const parent = dirname(path)
    return parent === path ? path : join(await realNearest(parent), basename(path))
  }
}
