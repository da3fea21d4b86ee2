import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * Sanitised copies of user dictionaries for the workers. cppjieba only reads dictionaries from
 * files, and an unreadable or malformed one can abort the process, so workers never get the
 * writer's file itself. One private temp folder per analyzer, removed on dispose.
 */
export class DictFiles {
  private dir: Promise<string> | undefined
  private count = 0
  private stubFiles: Promise<{ idf: string; stopWords: string }> | undefined

  /** Writes the text to a new file and returns its absolute path. */
  async write(text: string): Promise<string> {
    // One promise, so concurrent writes share one folder.
    this.dir ??= mkdtemp(join(tmpdir(), 'postcloud-dict-'))
    const path = join(await this.dir, `dict-${++this.count}.txt`)
    await writeFile(path, text, 'utf8')
    return path
  }

  /** One-line stand-ins for nodejieba's keyword-extractor files (see SegmenterOptions). */
  stubs(): Promise<{ idf: string; stopWords: string }> {
    this.stubFiles ??= (async () => {
      const idf = await this.write('postcloud 1.0\n')
      const stopWords = await this.write('postcloud\n')
      return { idf, stopWords }
    })()
    return this.stubFiles
  }

  /** Removes a file the workers no longer use. */
  async remove(path: string): Promise<void> {
    await rm(path, { force: true })
  }

  async dispose(): Promise<void> {
    const dir = this.dir
    this.dir = undefined
    this.stubFiles = undefined
    if (dir) await rm(await dir, { recursive: true, force: true })
  }
}
