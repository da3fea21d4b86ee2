import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { splitPost } from './post-blocks.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * Sentences of the sample posts' prose (blocks that start with a CJK character), in file order:
 * the vocabulary the benchmarks' generated reports are written in.
 */
export function sampleSentences() {
  const dir = join(root, 'resources', 'sample-posts', '_posts')
  const sentences = []
  for (const name of readdirSync(dir)
    .filter((file) => file.endsWith('.md'))
    .sort()) {
    const { blocks } = splitPost(readFileSync(join(dir, name), 'utf8'))
    for (const block of blocks) {
      if (!/^[\u4e00-\u9fff“]/.test(block)) continue
      sentences.push(...block.split(/(?<=[。！？])/).filter((part) => part.length > 8))
    }
  }
  return sentences
}
