// A hash of the code whose output the analysis cache keeps (segmentation, the fragment filter,
// compounds, line keys) and of the nodejieba patch. electron-vite and Vitest define it as
// __POSTCLOUD_ANALYSIS_CODE__, so a cache entry made by other code is never read: the package
// version stays 0.1.0 while this code changes.
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

const sources = ['src/core/analysis', 'src/shared/text', 'src/shared/words', 'patches']

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name)
      return entry.isDirectory() ? files(path) : [path]
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
