/**
 * The generated benchmark corpus (bench/.corpus/, the keywords benchmark's figures since #5): a
 * Jekyll folder of report posts made from resources/sample-posts/_posts/*.md by shuffling their
 * paragraphs with a seeded RNG (fenced code kept whole) and varying titles and dates, until it
 * reaches the size asked for. The same bytes on every machine, and the same as before the weekly
 * corpus (bench/weekly-corpus.mjs) was added, so the figures stay comparable.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { splitPost } from './post-blocks.mjs'
import { seededRandom } from './seeded-random.mjs'

function sources(root) {
  for (const dir of ['resources/sample-posts/_posts', 'tests/fixtures/analysis']) {
    const full = join(root, dir)
    if (!existsSync(full)) continue
    const files = readdirSync(full)
      .filter((name) => name.endsWith('.md'))
      .sort()
    if (files.length > 0) return files.map((name) => readFileSync(join(full, name), 'utf8'))
  }
  throw new Error('no source posts found')
}

/**
 * Builds the corpus into `dir` unless its stamp says it is already there for the same size and
 * sources.
 * @returns {{ built: boolean }}
 */
export function buildGeneratedCorpus(root, dir, targetBytes) {
  const stamp = join(dir, '.stamp')
  const posts = sources(root).map(splitPost)
  const signature = JSON.stringify({
    targetBytes,
    sizes: posts.map((p) => p.blocks.join('').length)
  })
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === signature) return { built: false }
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(join(dir, '_posts'), { recursive: true })
  writeFileSync(join(dir, '_config.yml'), 'title: Postcloud keywords benchmark\n')
  const random = seededRandom(20251111)
  const start = Date.UTC(2023, 0, 1)
  let bytes = 0
  for (let i = 0; bytes < targetBytes; i++) {
    const { frontMatter, blocks } = posts[i % posts.length]
    const shuffled = [...blocks]
    for (let j = shuffled.length - 1; j > 0; j--) {
      const k = Math.floor(random() * (j + 1))
      ;[shuffled[j], shuffled[k]] = [shuffled[k], shuffled[j]]
    }
    const day = new Date(start + i * 86_400_000 + Math.floor(random() * 86_400_000))
    const date = day.toISOString().slice(0, 10)
    const head = frontMatter
      .replace(/^title: .*$/m, `title: "第 ${i + 1} 期报告"`)
      .replace(/^(date|posttime): .*$/gm, `$1: "${date} 09:00:00 +0800"`)
    const text = `---\n${head}\n---\n\n${shuffled.join('\n\n')}\n`
    writeFileSync(join(dir, '_posts', `${date}-report-${String(i + 1).padStart(4, '0')}.md`), text)
    bytes += Buffer.byteLength(text)
  }
  writeFileSync(stamp, signature)
  return { built: true }
}
