import { realpathSync } from 'node:fs'
import { lstat } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path'
import { PostcloudError } from '@shared/errors'
import { errnoCode, fsError } from './fs-errors'

/**
 * Post ids are folder-relative paths with `/` separators. Everything that could name a place
 * outside the folder is refused before the file system is touched: absolute paths, drive letters,
 * UNC paths, backslashes, `.`/`..` segments, NUL, and percent-encoded dots and slashes (ids are
 * never decoded here, but a layer above might decode once; refusing them keeps that harmless).
 */
const ENCODED = /%(?:2e|2f|5c|25|00)/i
// `C:`, `C:/…`: a drive. `a:b.md` is an ordinary name on Linux and macOS (a file there may have
// it); on Windows every `:` is refused, since inside a name it would open an alternate data stream.
const DRIVE = /^[A-Za-z]:(?:[\\/]|$)/
const COLON_REFUSED = process.platform === 'win32'

/** The id's segments, or OUTSIDE_FOLDER/INVALID_ARGUMENT for ids that are not plain relative paths. */
export function idSegments(id: unknown): string[] {
  if (typeof id !== 'string' || id === '') {
    throw new PostcloudError('INVALID_ARGUMENT', 'A post id must be a non-empty relative path')
  }
  if (id.length > 4096 || id.includes('\0')) {
    throw new PostcloudError('INVALID_ARGUMENT', 'The post id is not a valid path')
  }
  const outside = (): PostcloudError =>
    new PostcloudError('OUTSIDE_FOLDER', `"${id}" leads outside the open folder`)
  if (id.includes('\\') || id.startsWith('/') || DRIVE.test(id) || ENCODED.test(id)) throw outside()
  if (COLON_REFUSED && id.includes(':')) throw outside()
  const segments = id.split('/')
  for (const segment of segments) {
    if (segment === '..' || segment === '.') throw outside()
    if (segment === '')
      throw new PostcloudError('INVALID_ARGUMENT', `"${id}" has an empty path segment`)
  }
  return segments
}

/**
 * The native realpath, called synchronously (as the reads it guards are made): it is a few
 * system calls, and a folder's count resolves every post it reads, one after the other, where
 * a thread-pool round trip for each (the callback API) added ~55 ms to a warm count of 420 posts.
 */
function realpath(path: string): Promise<string> {
  try {
    return Promise.resolve(realpathSync.native(path))
  } catch (error) {
    return Promise.reject(error)
  }
}

/** True when `target` is `root` or inside it (both absolute, already normalized). */
export function isInside(root: string, target: string): boolean {
  const rel = relative(root, target)
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`))
}

/**
 * The absolute path of `id` inside `root`, after checking that its real location (symlinks
 * resolved, through the deepest part of the path that exists) is inside the real root. A dangling
 * symlink is refused, since writing through it could create a file anywhere.
 */
export async function resolveInside(root: string, id: string): Promise<string> {
  const segments = idSegments(id)
  const target = join(root, ...segments)
  const realRoot = await realpath(root)
  // ENAMETOOLONG and the like: refused with the reason, naming the id (never the disk path).
  const real = await realLocation(target, root).catch((error: unknown) => {
    throw fsError(error, id, 'open')
  })
  if (!isInside(realRoot, real)) {
    throw new PostcloudError(
      'OUTSIDE_FOLDER',
      `"${id}" leads outside the open folder (symbolic link)`
    )
  }
  return target
}

/** Real path of `target`, resolving the deepest existing ancestor and appending the rest. */
async function realLocation(target: string, root: string): Promise<string> {
  let missing = ''
  let current = target
  for (let attempts = 0; ; attempts += 1) {
    try {
      return join(await realpath(current), missing)
    } catch (error) {
      const code = errnoCode(error)
      if (code === 'ELOOP')
        throw new PostcloudError('OUTSIDE_FOLDER', 'A symbolic link loop is in the way')
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error
    }
    const kind = await entryKind(current)
    if (kind === 'symlink') {
      // lstat sees a link that realpath cannot resolve: it dangles, and could point anywhere.
      throw new PostcloudError('OUTSIDE_FOLDER', 'A dangling symbolic link is in the way')
    }
    // Created meanwhile (another save making the same folder): resolve it again.
    if (kind === 'other' && attempts < 8) continue
    if (current === root || dirname(current) === current) return join(current, missing)
    missing = missing === '' ? basename(current) : join(basename(current), missing)
    current = dirname(current)
  }
}

async function entryKind(path: string): Promise<'missing' | 'symlink' | 'other'> {
  try {
    return (await lstat(path)).isSymbolicLink() ? 'symlink' : 'other'
  } catch {
    return 'missing'
  }
}
