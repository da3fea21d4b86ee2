import type { Dirent } from 'node:fs'
import { closeSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { isInside } from '../../library/confine'
import type { EntryFilter } from '@shared/site/model/entry-filter'
import { splitPostFileName } from '@shared/site/post-date'
import { timeSlicer } from './time-slice'

/** A file of the site: `id` as the writer sees it (folder-relative), `path` where to read it. */
export interface TreeFile {
  id: string
  path: string
}

export interface SiteTree {
  posts: TreeFile[]
  drafts: TreeFile[]
  /** Collection documents (files with front matter) by label. */
  documents: Map<string, TreeFile[]>
  pages: TreeFile[]
  /** Static files, with the collection they belong to (null for the site's own). */
  staticFiles: Array<TreeFile & { collection: string | null }>
}

export interface TreeOptions {
  filter: EntryFilter
  drafts: boolean
  collectionsDir: string
  /** Collection labels other than `posts`. */
  collections: string[]
}

interface Entry {
  name: string
  path: string
  directory: boolean
}

const HEADER = /^---\s*\r?\n/

/** Utils.has_yaml_header?: the file starts with a `---` line. */
export function hasYamlHeader(path: string): boolean {
  let fd: number | null = null
  try {
    fd = openSync(path, 'r')
    const buffer = Buffer.alloc(256)
    const read = readSync(fd, buffer, 0, buffer.length, 0)
    return HEADER.test(buffer.subarray(0, read).toString('latin1'))
  } catch {
    return false
  } finally {
    if (fd !== null) closeSync(fd)
  }
}

/**
 * Walks the site as Jekyll's Reader does: pages and static files in every folder Jekyll reads,
 * posts from every `_posts/` (and `_drafts/` with drafts), collections from `collections_dir`.
 * Symbolic links are followed only when their real path is inside the real root, and a folder is
 * walked once, so nothing outside is read and a loop ends.
 */
export class SiteTreeReader {
  private readonly visited = new Set<string>()
  private readonly pause = timeSlicer()
  private readonly tree: SiteTree = {
    posts: [],
    drafts: [],
    documents: new Map(),
    pages: [],
    staticFiles: []
  }

  constructor(
    private readonly realRoot: string,
    private readonly options: TreeOptions
  ) {}

  async read(): Promise<SiteTree> {
    this.visited.add(this.realRoot)
    await this.readDirectory('')
    const base = this.options.collectionsDir
    for (const label of this.options.collections) {
      const folder = base === '' ? `_${label}` : `${base}/_${label}`
      const documents: TreeFile[] = []
      await this.readBelow(
        folder,
        (inner, file) => {
          if (!this.options.filter.keeps(inner, file.id, false)) return
          if (hasYamlHeader(file.path)) documents.push(file)
          else this.tree.staticFiles.push({ ...file, collection: label })
        },
        true
      )
      this.tree.documents.set(label, documents)
    }
    return this.tree
  }

  /** The kept entries of one folder (`dirId` folder-relative, '' for the root). */
  private entries(dirId: string, all: boolean): Entry[] {
    const real = dirId === '' ? this.realRoot : join(this.realRoot, dirId)
    let dirents: Dirent[]
    try {
      dirents = readdirSync(real, { withFileTypes: true })
    } catch {
      return []
    }
    const out: Entry[] = []
    for (const dirent of dirents) {
      const path = join(real, dirent.name)
      const id = dirId === '' ? dirent.name : `${dirId}/${dirent.name}`
      let directory = dirent.isDirectory()
      let target = path
      if (dirent.isSymbolicLink()) {
        const resolved = this.resolveLink(path)
        if (!resolved) continue
        target = resolved.path
        directory = resolved.directory
      } else if (!directory && !dirent.isFile()) continue
      if (!all && !this.options.filter.keeps(dirent.name, id, directory)) continue
      out.push({ name: dirent.name, path: target, directory })
    }
    return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  }

  /** A link's real target when it stays inside the folder; null when it leads out or dangles. */
  private resolveLink(path: string): { path: string; directory: boolean } | null {
    try {
      const real = realpathSync(path)
      if (!isInside(this.realRoot, real)) return null
      return { path: real, directory: statSync(real).isDirectory() }
    } catch {
      return null
    }
  }

  private async readDirectory(dirId: string): Promise<void> {
    const base = this.options.collectionsDir
    if (base === '' || dirId === base || dirId.startsWith(`${base}/`)) await this.readPosts(dirId)
    for (const entry of this.entries(dirId, false)) {
      await this.pause()
      const id = dirId === '' ? entry.name : `${dirId}/${entry.name}`
      if (entry.directory) {
        if (this.visited.has(entry.path)) continue
        this.visited.add(entry.path)
        await this.readDirectory(id)
      } else if (hasYamlHeader(entry.path)) this.tree.pages.push({ id, path: entry.path })
      else this.tree.staticFiles.push({ id, path: entry.path, collection: null })
    }
  }

  private async readPosts(dirId: string): Promise<void> {
    const prefix = dirId === '' ? '' : `${dirId}/`
    await this.readBelow(`${prefix}_posts`, (inner, file) => {
      const name = inner.slice(inner.lastIndexOf('/') + 1)
      if (splitPostFileName(name) && this.options.filter.keeps(inner, file.id, false))
        this.tree.posts.push(file)
    })
    if (!this.options.drafts) return
    await this.readBelow(`${prefix}_drafts`, (inner, file) => {
      const name = inner.slice(inner.lastIndexOf('/') + 1)
      if (/^.*\.[^.]+$/.test(name) && this.options.filter.keeps(inner, file.id, false))
        this.tree.drafts.push(file)
    })
  }

  /**
   * Every file below `folderId`, handed over with its path inside that folder. Dot-folders are
   * not entered (Ruby's `**` does not match them) unless `dotMatch` (collections glob with it).
   */
  private async readBelow(
    folderId: string,
    take: (inner: string, file: TreeFile) => void,
    dotMatch = false
  ): Promise<void> {
    const start = this.realLocation(folderId)
    if (!start) return
    const walk = async (innerDir: string): Promise<void> => {
      const dirId = innerDir === '' ? folderId : `${folderId}/${innerDir}`
      for (const entry of this.entries(dirId, true)) {
        await this.pause()
        if (!dotMatch && entry.name.startsWith('.')) continue
        const inner = innerDir === '' ? entry.name : `${innerDir}/${entry.name}`
        if (entry.directory) {
          if (this.visited.has(entry.path)) continue
          this.visited.add(entry.path)
          await walk(inner)
        } else take(inner, { id: `${folderId}/${inner}`, path: entry.path })
      }
    }
    await walk('')
  }

  /** The real path of a folder of the site when it exists inside the root. */
  private realLocation(folderId: string): string | null {
    try {
      const real = realpathSync(join(this.realRoot, folderId))
      if (!isInside(this.realRoot, real) || !statSync(real).isDirectory()) return null
      if (this.visited.has(real)) return null
      this.visited.add(real)
      return real
    } catch {
      return null
    }
  }
}
