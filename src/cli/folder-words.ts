import type { Analyzer } from '@core/analysis'
import type { Library } from '@core/library'
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
    read: (id: string) => library.readText(id)
  }
  return new FolderWords(folder, analyzer, bundlePaths().resourcesDir)
}
