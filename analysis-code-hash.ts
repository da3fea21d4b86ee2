// A hash of the code whose output the analysis cache keeps (segmentation, the fragment filter,
// compounds, line keys) and of the nodejieba patch. electron-vite and Vitest define it as
// __POSTCLOUD_ANALYSIS_CODE__, so a cache entry made by other code is never read: the package
// version stays 0.1.0 while this code changes.
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

// The worker's own code, and what it calls: the post's series facts come from the library's
// summary code and the front matter parser, and are cached with the segmentation. A folder's
// summed counts are kept too (core/words/corpus-memo.ts): the series rules and the bundled
// templates' fixed text they apply are in the hash as well.
const sources = [
  'src/core/analysis',
  'src/shared/text',
  'src/shared/words',
  'src/core/library/summary.ts',
  'src/core/frontmatter',
  'src/core/words',
  'resources/templates',
  'patches'
]

function files(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path]
  return readdirSync(path, { withFileTypes: true })
    .flatMap((entry) => {
      const child = join(path, entry.name)
      return entry.isDirectory() ? files(child) : [child]
    })
    .filter((path) => !path.includes('wordcloud+'))
}

export function analysisCodeHash(root: string = __dirname): string {
  const hash = createHash('sha256')
  const all = sources.flatMap((dir) => files(resolve(root, dir))).sort()
  for (const path of all) {
    hash.update(relative(root, path).split('\\').join('/'))
    hash.update('\0')
    hash.update(readFileSync(path))
  }
  return hash.digest('hex').slice(0, 32)
}
