/**
 * The Site view's site model on 10,000 posts: generates the benchmark site of
 * bench/site-preview-all.mjs (its layouts, includes, `_data/` and Sass) with 10,000 posts of
 * 1-2 KB of Chinese prose, then times, five times each and in turns, the post listing the window
 * makes anyway (`Library.open` + `list()`, as bench/list-posts.ts) and `SiteModel.load` with its
 * lists (`site.posts` newest first, pages), each on fresh objects. The model reads the folder
 * itself, so its time is what it costs beyond the listing. Target: model median under 1 s.
 *
 *   npx tsx bench/site-model.ts [--posts 10000] [--runs 5] [--keep]
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { Library } from '../src/core/library'
import { SiteModel } from '../src/core/site/model'
import { generateSite } from './site-preview-all.mjs'
import { median } from './stats.mjs'

const targetMs = 1000

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

const { values } = parseArgs({
  options: {
    posts: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '5' },
    keep: { type: 'boolean', default: false }
  }
})

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`

async function timeListing(dir: string, count: number): Promise<number> {
  const started = performance.now()
  const library = await Library.open(dir, { resourcesDir: dir })
  const posts = await library.list()
  const ms = performance.now() - started
  await library.close()
  // The listing holds every Markdown file: the posts and the site's about.md.
  if (posts.length < count) throw new Error(`listed ${posts.length} posts, expected ${count}`)
  return ms
}

async function timeModel(
  dir: string,
  count: number
): Promise<{ loadMs: number; listsMs: number; totalMs: number; cpuMs: number }> {
  const cpu = process.cpuUsage()
  const started = performance.now()
  const model = await SiteModel.load(dir)
  const loaded = performance.now()
  // The lists a first render needs: site.posts (sorted, newest first) and site.pages.
  const posts = model.posts()
  model.pages()
  const done = performance.now()
  if (posts.length !== count)
    throw new Error(`the model has ${posts.length} posts, expected ${count}`)
  const used = process.cpuUsage(cpu)
  return {
    loadMs: loaded - started,
    listsMs: done - loaded,
    totalMs: done - started,
    // On a shared machine the process's own CPU time says what the work costs without the wait.
    cpuMs: (used.user + used.system) / 1000
  }
}

async function main(): Promise<void> {
  const count = Number(values.posts)
  const runs = Math.max(1, Number(values.runs))
  const temp = await mkdtemp(join(tmpdir(), 'postcloud-site-model-'))
  const dir = join(temp, 'site')
  try {
    await mkdir(dir, { recursive: true })
    const site = generateSite(dir, { posts: count, reportBytes: 0, seed: 20251111 })
    console.log(`site: ${site.posts} posts, ${mb(site.bytes)} in ${dir}`)
    // One untimed pass of each: the page cache and the JIT, as for a folder opened a second time.
    await timeListing(dir, count)
    await timeModel(dir, count)
    const listing: number[] = []
    const model: Array<Awaited<ReturnType<typeof timeModel>>> = []
    for (let run = 1; run <= runs; run += 1) {
      gc()
      listing.push(await timeListing(dir, count))
      gc()
      const heap = process.memoryUsage().heapUsed
      const measured = await timeModel(dir, count)
      model.push(measured)
      console.log(
        `run ${run}: listing ${listing[run - 1].toFixed(0)} ms; model ${measured.totalMs.toFixed(0)} ms ` +
          `(load ${measured.loadMs.toFixed(0)}, lists ${measured.listsMs.toFixed(0)}; CPU ${measured.cpuMs.toFixed(0)} ms), ` +
          `heapUsed +${mb(process.memoryUsage().heapUsed - heap)} (load average ${loadavg()[0].toFixed(1)})`
      )
    }
    const totals = model.map((run) => run.totalMs)
    const result = {
      posts: count,
      listingMedianMs: median(listing),
      modelMedianMs: median(totals),
      modelLoadMedianMs: median(model.map((run) => run.loadMs)),
      modelListsMedianMs: median(model.map((run) => run.listsMs)),
      modelCpuMedianMs: median(model.map((run) => run.cpuMs)),
      modelMinMs: Math.min(...totals),
      modelMaxMs: Math.max(...totals),
      targetMs,
      pass: median(totals) < targetMs
    }
    const resultsDir = join(__dirname, '.results')
    await mkdir(resultsDir, { recursive: true })
    await writeFile(join(resultsDir, 'site-model.json'), `${JSON.stringify(result, null, 2)}\n`)
    console.log(
      `listing (Library.open + list) median ${result.listingMedianMs.toFixed(0)} ms; ` +
        `SiteModel.load + lists median ${result.modelMedianMs.toFixed(0)} ms ` +
        `(load ${result.modelLoadMedianMs.toFixed(0)}, lists ${result.modelListsMedianMs.toFixed(0)}, ` +
        `CPU ${result.modelCpuMedianMs.toFixed(0)}; ` +
        `min ${result.modelMinMs.toFixed(0)}, max ${result.modelMaxMs.toFixed(0)}) over ${runs} runs`
    )
    console.log(
      `site model on ${count} posts: ${result.pass ? 'PASS' : 'FAIL'} ` +
        `(median ${result.modelMedianMs.toFixed(0)} ms, target < ${targetMs} ms beyond the listing)`
    )
    process.exitCode = result.pass ? 0 : 1
  } finally {
    if (values.keep) console.log(`kept ${temp}`)
    else await rm(temp, { recursive: true, force: true })
  }
}

void main()
