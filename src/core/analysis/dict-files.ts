import { mkdtempSync, writeFileSync } from 'node:fs'
import { rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The keyword-extractor stand-ins' paths (see SegmenterOptions.extractorStubs). */
export interface StubFiles {
  idf: string
  stopWords: string
}

/**
 * Sanitised copies of user dictionaries for the workers. cppjieba only reads dictionaries from
 * files, and an unreadable or malformed one can abort the process, so workers never get the
 * writer's file itself. One private temp folder per analyzer, removed on dispose.
 */
export class DictFiles {
  private dir: string | undefined
  private count = 0
  private stubFiles: StubFiles | undefined

  /** Writes the text to a new file and returns its absolute path. */
  async write(text: string): Promise<string> {
    const path = this.nextPath()
    await writeFile(path, text, 'utf8')
    return path
  }

  /**
   * One-line stand-ins for nodejieba's keyword-extractor files, written at once: the first
   * worker starts only when they exist, and a batch command reading its posts would hold
   * asynchronous writes back by some 25 ms.
   */
  stubs(): StubFiles {
    if (!this.stubFiles) {
      const idf = this.nextPath()
      writeFileSync(idf, 'postcloud 1.0\n', 'utf8')
      const stopWords = this.nextPath()
      writeFileSync(stopWords, 'postcloud\n', 'utf8')
      this.stubFiles = { idf, stopWords }
    }
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
    if (dir) await rm(dir, { recursive: true, force: true })
  }

  private nextPath(): string {
    this.dir ??= mkdtempSync(join(tmpdir(), 'postcloud-dict-'))
    return join(this.dir, `dict-${++this.count}.txt`)
  }
}
