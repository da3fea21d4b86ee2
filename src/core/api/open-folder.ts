import { realpath } from 'node:fs/promises'
import type { FrontMatterValue, Post, PostStamp } from '@shared/post'
import type { LocalHistory } from '../app-data/history'
import { keepReplaced } from '../app-data/history-save'
import type { Log } from '../app-data/log-file'
import { refuseUnreadableDate } from '../frontmatter'
import { Library } from '../library'
import { convertToUtf8 } from '../library/convert'
import type { OnReplaced } from '../library/save'

export interface OpenFolderOptions {
  /** Bundled resources: templates for new posts. */
  resourcesDir: string
  /** The local history of the app's data folder, and the log its failures go to. */
  history: LocalHistory
  log: Log
}

/**
 * A posts folder a host has opened: its library, its real path (the local history and the
 * backups are filed under it), and the writes that replace a post, each keeping the version it
 * replaces in the local history. The window's back end and `postcloud fm set` both write through
 * here, so a rule added to these writes holds for both.
 */
export class OpenFolder {
  private constructor(
    readonly library: Library,
    readonly real: string,
    private readonly options: OpenFolderOptions
  ) {}

  /** NOT_FOUND when `path` does not exist, NOT_A_FOLDER for a file. */
  static async open(path: string, options: OpenFolderOptions): Promise<OpenFolder> {
    const library = await Library.open(path, { resourcesDir: options.resourcesDir })
    return new OpenFolder(library, await realpath(library.info().path), options)
  }

  save(id: string, raw: string, expected: PostStamp | null): Promise<PostStamp> {
    return this.library.save(id, raw, expected, this.keepHistory(id))
  }

  /** The GBK original is kept in the local history like any version a save replaces. */
  convertToUtf8(id: string, expected: PostStamp): Promise<Post> {
    return convertToUtf8(this.library.info().path, id, expected, this.keepHistory(id))
  }

  /**
   * INVALID_ARGUMENT, the file untouched, for a `date` Jekyll cannot read, unless `force` (only
   * `postcloud fm set --force` asks: the window never writes such a date).
   */
  async updateFrontMatter(
    id: string,
    changes: Record<string, FrontMatterValue | undefined>,
    expected: PostStamp,
    { force = false }: { force?: boolean } = {}
  ): Promise<Post> {
    if (!force) refuseUnreadableDate(changes)
    return this.library.updateFrontMatter(id, changes, expected, this.keepHistory(id))
  }

  private keepHistory(id: string): OnReplaced {
    return keepReplaced(this.options.history, this.options.log, this.real, id)
  }
}
