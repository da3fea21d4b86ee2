/**
 * listPosts on 10,000 posts: generates a Jekyll folder of 10,000 report posts (front matter plus
 * 1-2 KB of Chinese prose from a seeded word pool, so every run sees the same bytes), then times
 * `Library.open` + `list()` with a fresh Library (empty summary cache) five times.
 *
 *   npx tsx bench/list-posts.ts [--posts 10000] [--runs 5] [--keep]
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { Library } from '../src/core/library'
import { seededRandom } from './seeded-random.mjs'

const targetMs = 1000

// A real gc() between runs, so the memory figures are per run rather than accumulated garbage.
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

const pool = [
  '多模态',
  '大模型',
  '智能体',
  '推理',
  '成本',
  '开发者',
  '产品',
  '体验',
  '用户',
  '数据',
  '市场',
  '价格',
  '电池',
  '充电',
  '网络',
  '维护者',
  '贡献者',
  '许可证',
  '社区',
  '版本',
  '发布',
  '讨论',
  '经济',
  '利率',
  '通胀',
  '汇率',
  '消费',
  '投资',
  '政策',
  '阅读',
  '笔记',
  '写作',
  '方法',
  '节奏',
  '今天',
  '本周',
  '显示',
  '提到',
  '认为',
  '继续',
  '明显',
  '稳定',
  '增长',
  '下降',
  '问题',
  '方向'
]
const punctuation = ['，', '，', '，', '。', '、', '；']
const latin = ['AI', 'Agent', 'GPT', 'LLM', 'API', 'GitHub', 'open source']

function post(index: number, random: () => number): { name: string; text: string } {
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]
  const day = new Date(Date.UTC(2020, 0, 1) + index * 3_600_000 * 5)
  const date = day.toISOString().slice(0, 10)
  const time = day.toISOString().slice(11, 19)
  const title = `${pick(pool)}${pick(pool)}报告 ${index}`
  let body = `## 概要\n\n`
  const targetBytes = 1024 + Math.floor(random() * 1024)
  while (Buffer.byteLength(body) < targetBytes) {
    body += random() < 0.08 ? `${pick(latin)} ` : pick(pool)
    body += random() < 0.3 ? pick(punctuation) : ''
    if (random() < 0.02) body += `\n\n## ${pick(pool)}\n\n`
  }
  // A realistic mix: a third of the posts write tags as a block list, and one in ten carries a
  // comment after a value, which sends its front matter to the full YAML parser.
  const tags = [pick(pool), pick(pool)]
  const text = [
    '---',
    index % 10 === 0 ? 'layout: post # 报告模板' : 'layout: post',
    `title: "${title}"`,
    `date: "${date} ${time} +0800"`,
    `posttime: "${date} ${time} +0800"`,
    `categories: [${pick(['日报', '周报', '月报'])}, ${pick(['AI', '宏观', '开源'])}]`,
    index % 3 === 1 ? `tags:\n  - ${tags[0]}\n  - ${tags[1]}` : `tags: [${tags.join(', ')}]`,
    '---',
    '',
    body,
    ''
  ].join('\n')
  return { name: `_posts/${date}-report-${index}.md`, text }
}

async function generate(dir: string, count: number): Promise<number> {
  const random = seededRandom(20251111)
  await mkdir(join(dir, '_posts'), { recursive: true })
  await writeFile(join(dir, '_config.yml'), 'title: bench\nbaseurl: ""\n')
  let bytes = 0
  const batch: Array<Promise<void>> = []
  for (let i = 0; i < count; i += 1) {
    const { name, text } = post(i, random)
    bytes += Buffer.byteLength(text)
    batch.push(writeFile(join(dir, name), text))
    if (batch.length === 256) await Promise.all(batch.splice(0))
  }
  await Promise.all(batch)
  return bytes
}

function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`)
  return at === -1 ? fallback : Number(process.argv[at + 1])
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`
const signedMb = (bytes: number): string => `${bytes < 0 ? '-' : '+'}${mb(Math.abs(bytes))}`

async function main(): Promise<void> {
  const count = argument('posts', 10_000)
  const runs = argument('runs', 5)
  const dir = await mkdtemp(join(tmpdir(), 'postcloud-bench-list-'))
  try {
    const bytes = await generate(dir, count)
    console.log(`corpus: ${count} posts, ${mb(bytes)} in ${dir}`)
    const times: number[] = []
    let warmMs = 0
    for (let run = 1; run <= runs; run += 1) {
      gc()
      const rss = process.memoryUsage().rss
      const heap = process.memoryUsage().heapUsed
      const started = performance.now()
      const library = await Library.open(dir, { resourcesDir: dir })
      const posts = await library.list()
      const ms = performance.now() - started
      const memory = process.memoryUsage()
      if (run === runs) {
        // The same Library again: every summary comes from the (id, mtime, size) cache.
        const again = performance.now()
        await library.list()
        warmMs = performance.now() - again
      }
      await library.close()
      if (posts.length !== count) throw new Error(`listed ${posts.length} posts, expected ${count}`)
      times.push(ms)
      console.log(
        `run ${run}: ${ms.toFixed(0)} ms  rss ${mb(memory.rss)} (${signedMb(memory.rss - rss)})  heapUsed ${signedMb(memory.heapUsed - heap)}`
      )
    }
    const sorted = [...times].sort((a, b) => a - b)
    const median = sorted[Math.floor(sorted.length / 2)]
    console.log(
      `listPosts on ${count} posts (open + list, cold cache): median ${median.toFixed(0)} ms, ` +
        `min ${sorted[0].toFixed(0)} ms, max ${sorted[sorted.length - 1].toFixed(0)} ms`
    )
    console.log(`re-list with a warm summary cache (nothing changed): ${warmMs.toFixed(0)} ms`)
    console.log(
      `${median < targetMs ? 'PASS' : 'FAIL'}: median ${median.toFixed(0)} ms against the ${targetMs} ms target`
    )
    if (median >= targetMs) process.exitCode = 1
  } finally {
    if (!process.argv.includes('--keep')) await rm(dir, { recursive: true, force: true })
  }
}

void main()
