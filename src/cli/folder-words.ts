import type { Analyzer } from '@core/analysis'
import type { Library } from '@core/library'
import { readPostSource } from '@core/library/read-text'
import { scanPosts } from '@core/library/scan'
import { FolderWords } from '@core/words'
import { bundlePaths } from './bundle-paths'

/**
 * The library's posts under the word rules (split terms, boilerplate switch) of
 * `settingsFolder`'s `.postcloud/cloud.json`, as the window counts them.
 */
export function folderWords(
  library: Library,
  analyzer: Analyzer,
  settingsFolder: string = library.info().path
): FolderWords {
  const folder = {
    path: settingsFolder,
    list: () => library.list(),
    ids: () => library.ids(),
    read: (id: string) => library.readSource(id)
  }
  return new FolderWords(folder, analyzer, bundlePaths().resourcesDir)
}

/**
 * The posts of `folder` for a count of the whole folder, without opening a Library: its ids from
 * the same scan and its texts from the same reader, none of the post list's parsing (a warm
 * count then loads no YAML parser). Anything that needs the list opens the Library then.
 */
export function folderCorpusWords(
  folder: string,
  analyzer: Analyzer,
  settingsFolder: string
): FolderWords {
  const source = {
    path: settingsFolder,
    async list() {
      const { Library } = await import('@core/library')
      const library = await Library.open(folder, { resourcesDir: bundlePaths().resourcesDir })
      try {
        return await library.list()
      } finally {
        await library.close()
      }
    },
    ids: async () => (await scanPosts(folder)).map((file) => file.id),
    read: (id: string) => readPostSource(folder, id)
  }
  return new FolderWords(source, analyzer, bundlePaths().resourcesDir)
}
