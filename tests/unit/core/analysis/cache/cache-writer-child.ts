/**
 * Another process sharing the cache: writes `bigSegmentation('child')` for each of `count` keys,
 * `rounds` times over, and reads them back in between. Says "ready" once its cache is open,
 * "wrong <i>" for any read that is neither writer's value and "missing <i>" for a key it finds
 * no entry for (each key was written before it started). Run with `node --import tsx
 * cache-writer-child.ts <dir> <fingerprint> <count> <rounds>`.
 */
import { isDeepStrictEqual } from 'node:util'
import { openAnalysisCache } from '@core/analysis/cache'
import { bigSegmentation } from './samples'

async function main(): Promise<void> {
  const [dir, fingerprint, count, rounds] = process.argv.slice(2)
  const cache = openAnalysisCache({ dir, fingerprint })
  const mine = bigSegmentation('child')
  const theirs = bigSegmentation('parent')
  const keys = Array.from({ length: Number(count) }, (_, i) => `post ${i}`)
  process.stdout.write('ready\n')
  for (let round = 0; round < Number(rounds); round++) {
    await Promise.all(keys.map((key) => cache.set(key, mine)))
    const read = await Promise.all(keys.map((key) => cache.get(key)))
    read.forEach((value, i) => {
      if (!value) process.stdout.write(`missing ${i}\n`)
      else if (!isDeepStrictEqual(value, mine) && !isDeepStrictEqual(value, theirs)) {
        process.stdout.write(`wrong ${i}\n`)
      }
    })
  }
  await cache.settle()
  process.stdout.write(`done ${cache.problem?.message ?? ''}\n`)
}

void main()
