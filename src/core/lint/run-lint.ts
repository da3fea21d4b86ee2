import { relative, resolve, sep } from 'node:path'
import { PostcloudError } from '@shared/errors'
import type { FolderInfo } from '@shared/folder'
import { readCloudSettings } from '../cloud/cloud-settings'
import type { CloudSettingsView } from '../cloud/cloud-settings'
import { Library } from '../library'
import { scanPosts } from '../library/scan'
import { runQueue } from '../library/work-queue'
import { cloudFindings } from './cloud'
import { frontMatterFindings } from './front-matter'
import { ImageChecker } from './images'
import { postMetaFindings } from './post-meta'
import { finding } from './types'
import type { LintFinding, LintReport, PostFinding } from './types'

export interface LintOptions {
  /**
   * The site (or plain folder) the posts belong to: post ids, images, `_config.yml`'s baseurl and
   * `.postcloud/` are resolved against it, as when the window opens it.
   */
  root: string
  /** The folder to check: the root or a folder inside it (`_posts/`). */
  folder: string
  /** Bundled resources, for the library. */
  resourcesDir: string
}

/** Posts read at once: enough to overlap file reads, few enough to keep memory flat. */
const concurrency = 8

interface Run {
  library: Library
  info: FolderInfo
  settings: CloudSettingsView
  images: ImageChecker
}

/**
 * Checks every Markdown file under `folder` that a scan of the folder lists (dot-folders,
 * `_site`, `node_modules`… are skipped as everywhere else) and returns the findings, ordered by
 * file and line. Title, date and cloud rules apply to posts: in a Jekyll site the files under
 * `_posts/` and `_drafts/`, elsewhere every file; the front matter and image rules to every file.
 */
export async function lintFolder(options: LintOptions): Promise<LintReport> {
  const library = await Library.open(options.root, { resourcesDir: options.resourcesDir })
  try {
    const info = library.info()
    const folder = resolve(options.folder)
    const prefix = relative(info.path, folder).split(sep).join('/')
    if (prefix === '..' || prefix.startsWith('../') || resolve(info.path, prefix) !== folder) {
      throw new PostcloudError('INVALID_ARGUMENT', `${folder} is not inside ${info.path}`)
    }
    const files = (await scanPosts(folder)).map((file) => file.id).sort(byCodePoint)
    const run: Run = {
      library,
      info,
      settings: await readCloudSettings(info.path),
      images: new ImageChecker(info)
    }
    const perFile: PostFinding[][] = new Array<PostFinding[]>(files.length)
    await runQueue(
      files.map((_, index) => index),
      concurrency,
      async (index) => {
        const id = prefix === '' ? files[index] : `${prefix}/${files[index]}`
        perFile[index] = await lintPost(run, id)
      }
    )
    const findings = files.flatMap((file, index) =>
      perFile[index].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)).map((each) => named(file, each))
    )
    return { files: files.length, findings }
  } finally {
    await library.close()
  }
}

async function lintPost(run: Run, id: string): Promise<PostFinding[]> {
  let post
  try {
    post = await run.library.read(id)
  } catch (error) {
    if (!(error instanceof PostcloudError)) throw error
    return [finding('unreadable', error.message)]
  }
  const isPost = isPostOf(run.info, id)
  return [
    ...frontMatterFindings(post),
    ...(isPost ? postMetaFindings(post, run.info.timezone) : []),
    ...(await run.images.findings(post)),
    ...(isPost ? await cloudFindings(post, run.library, run.settings) : [])
  ]
}

/** Jekyll publishes only `_posts/` and `_drafts/` as posts; its other pages need no date or cloud. */
function isPostOf(info: FolderInfo, id: string): boolean {
  if (!info.jekyll) return true
  const folders = id.split('/').slice(0, -1)
  return folders.includes('_posts') || folders.includes('_drafts')
}

/** The finding with its file, fields in the order the JSON shows them. */
function named(file: string, { line, column, rule, severity, message }: PostFinding): LintFinding {
  return {
    file,
    ...(line === undefined ? {} : { line }),
    ...(column === undefined ? {} : { column }),
    rule,
    severity,
    message
  }
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
