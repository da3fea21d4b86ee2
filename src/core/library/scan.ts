import type { Dirent } from 'node:fs'
import { readdir, realpath, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { isOwnTempFileName } from './atomic-write'
import { isInside } from './confine'
import { isPostFileName, isSkippedName, isSkippedPath } from './skip-rules'
import { runQueue } from './work-queue'

export interface ScannedFile {
  /** Folder-relative path with `/` separators, as the writer sees it (through symlinks). */
  id: string
  /** Where to read it: the real location. */
  path: string
}

interface Folder {
  real: string
  id: string
}

const readdirConcurrency = 8

/**
 * Lists every Markdown post under `root`. Real folders are walked first; symlinks are followed
 * afterwards, in name order, and only when their real path is inside the real root, outside the
 * skipped folders, and (for folders) not visited yet. So a file is listed under its real path when
 * it has one, a link out of the folder is ignored, and a symlink loop ends.
 * `onOwnTempFile` hears of every temp file of ours that the walk passes (for the stale-file sweep).
 */
export async function scanPosts(
  root: string,
  onOwnTempFile?: (path: string) => void
): Promise<ScannedFile[]> {
  const realRoot = await realpath(root)
  const visited = new Set<string>([realRoot])
  const files: ScannedFile[] = []
  let links: Folder[] = []

  const walk = async (start: Folder[]): Promise<void> => {
    await runQueue(start, readdirConcurrency, async (folder, push) => {
      for (const entry of await entriesOf(folder.real)) {
        const id = folder.id === '' ? entry.name : `${folder.id}/${entry.name}`
        const real = join(folder.real, entry.name)
        if (isSkippedName(entry.name)) {
          if (onOwnTempFile && entry.isFile() && isOwnTempFileName(entry.name)) onOwnTempFile(real)
          continue
        }
        if (entry.isDirectory()) {
          if (!isSkippedPath(id) && !visited.has(real)) {
            visited.add(real)
            push({ real, id })
          }
        } else if (entry.isFile()) {
          if (isPostFileName(entry.name)) files.push({ id, path: real })
        } else if (entry.isSymbolicLink()) {
          links.push({ real, id })
        }
      }
    })
  }

  await walk([{ real: realRoot, id: '' }])
  while (links.length > 0) {
    const round = links.sort((a, b) => (a.id < b.id ? -1 : 1))
    links = []
    const folders: Folder[] = []
    for (const link of round) {
      const target = await followLink(link, realRoot)
      if (!target) continue
      if (target.isFile && isPostFileName(link.id)) files.push({ id: link.id, path: target.real })
      if (!target.isFile && !visited.has(target.real)) {
        visited.add(target.real)
        folders.push({ real: target.real, id: link.id })
      }
    }
    await walk(folders)
  }
  return files
}

async function entriesOf(dir: string): Promise<Dirent[]> {
  try {
    return await readdir(dir, { withFileTypes: true })
  } catch {
    // A folder we may not read (or that vanished mid-scan) simply has no posts for us.
    return []
  }
}

/** The link's real target when it is a file or folder inside the root and not in a skipped folder. */
async function followLink(
  link: Folder,
  realRoot: string
): Promise<{ real: string; isFile: boolean } | null> {
  try {
    const real = await realpath(link.real)
    if (!isInside(realRoot, real) || real === realRoot) return null
    if (isSkippedPath(relative(realRoot, real).split(sep).join('/'))) return null
    const stats = await stat(real)
    if (stats.isFile()) return { real, isFile: true }
    return stats.isDirectory() ? { real, isFile: false } : null
  } catch {
    return null // dangling link or loop
  }
}
