#!/usr/bin/env node
/**
 * nodejieba's load and cut, with the patched binding (patches/nodejieba+3.5.8.patch).
 *
 *   node bench/jieba-load.mjs [--runs 5] [--mb 1]
 *
 * 1. Load: builds the UNPATCHED binding in a temp copy (the patch reversed, compiled with npm's
 *    node-gyp), then loads jieba in fresh processes, alternating unpatched and patched, `runs`
 *    times each, with the dictionaries a worker loads (jieba's own, the extractor stubs). Reports
 *    the medians of load() time and of the RSS it adds.
 *    The patched load also runs in a second thread of the same process (a second analysis
 *    worker): it shares the first thread's dictionary, so it should cost next to nothing.
 * 2. Cut: in one process with the patched binding, cuts `mb` MB of Chinese prose (the sample
 *    posts' sentences, a line break every few sentences) as one text and line by line, timing
 *    `cut(text, true)` (cppjieba's MixSegment, the array of words built natively, one JS string
 *    at a time), `cutIds` (the same words from the patch's own best-split search, without
 *    cppjieba's per-character DAG; each word new to the thread once, and an Int32Array of its
 *    numbers; every variant starts a fresh numbering) and
 *    `cutIds` expanded back to the array in JS. (cut - cutIds) / cut is what both savings
 *    together take off a cut.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { Worker } from 'node:worker_threads'
import { bindingIsCurrent, buildBinding, nodejiebaDir } from '../scripts/native-binding.mjs'
import { sampleSentences } from './sample-sentences.mjs'
import { median } from './stats.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const patch = join(root, 'patches', 'nodejieba+3.5.8.patch')
const MiB = 1024 * 1024

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    mb: { type: 'string', default: '1' },
    child: { type: 'string' },
    package: { type: 'string' },
    stubs: { type: 'string' }
  }
})
const runs = Math.max(1, Number(values.runs))

/** The extractor stand-ins a worker loads (core/analysis/dict-files.ts). */
function writeStubs(dir) {
  const idf = join(dir, 'idf.txt')
  const stopWords = join(dir, 'stop.txt')
  writeFileSync(idf, 'postcloud 1.0\n')
  writeFileSync(stopWords, 'postcloud\n')
  return { idf, stopWords }
}

function loadJieba(packageDir, stubs) {
  const jieba = createRequire(import.meta.url)(packageDir)
  jieba.load({ idfDict: stubs.idf, stopWordDict: stubs.stopWords })
  return jieba
}

/** Wall and CPU milliseconds of one call (CPU: the whole process, GC threads included). */
function timed(run) {
  const cpu = process.cpuUsage()
  const started = performance.now()
  run()
  const wall = performance.now() - started
  const { user, system } = process.cpuUsage(cpu)
  return { wall, cpu: (user + system) / 1000 }
}

/** Child: one load in a fresh process; prints { wall, cpu, rssMB }, and the same for a second thread. */
async function childLoad() {
  const stubs = JSON.parse(values.stubs)
  const jieba = createRequire(import.meta.url)(values.package)
  const rss = process.memoryUsage().rss
  const time = timed(() => jieba.load({ idfDict: stubs.idf, stopWordDict: stubs.stopWords }))
  const first = { ...time, rssMB: (process.memoryUsage().rss - rss) / MiB }
  const second = await secondThreadLoad(values.package, stubs)
  console.log(JSON.stringify({ ...first, second }))
}

/** The same load in a worker thread of this process, after the main thread's: { wall, rssMB }. */
function secondThreadLoad(packageDir, stubs) {
  const script = `
    const { parentPort, workerData } = require('node:worker_threads')
    const jieba = require(workerData.packageDir)
    const rss = process.memoryUsage().rss
    const started = performance.now()
    jieba.load({ idfDict: workerData.stubs.idf, stopWordDict: workerData.stubs.stopWords })
    const wall = performance.now() - started
    parentPort.postMessage({ wall, rssMB: (process.memoryUsage().rss - rss) / ${MiB} })`
  const worker = new Worker(script, { eval: true, workerData: { packageDir, stubs } })
  return new Promise((resolve, reject) => {
    worker.once('message', (message) => {
      resolve(message)
      void worker.terminate()
    })
    worker.once('error', reject)
  })
}

function prose(bytes) {
  const sentences = sampleSentences()
  const parts = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const part = sentences[i % sentences.length] + (i % 6 === 5 ? '\n' : '')
    parts.push(part)
    size += Buffer.byteLength(part)
  }
  return parts.join('')
}

/** cutIds' answer, numbering from scratch (forgetIds), as the array cut gives. */
function expanded(jieba, text) {
  jieba.forgetIds()
  const [added, lengths, ids] = jieba.cutIds(text)
  const words = []
  let at = 0
  for (const length of lengths) words.push(added.slice(at, (at += length)))
  return Array.from(ids, (id) => words[id])
}

/** Child: the cut variants, interleaved, each after a GC; prints their medians. */
function childCut() {
  const jieba = loadJieba(values.package, JSON.parse(values.stubs))
  const text = prose(Number(values.mb) * MiB)
  const lines = text.split('\n')
  const variants = {
    cut: () => jieba.cut(text, true),
    // Each cutIds variant starts a fresh numbering: every distinct word crosses over once.
    cutIds: () => {
      jieba.forgetIds()
      return jieba.cutIds(text)
    },
    'cutIds, expanded': () => expanded(jieba, text),
    'cut, per line': () => lines.map((line) => jieba.cut(line, true)),
    'cutIds, per line': () => {
      jieba.forgetIds()
      return lines.map((line) => jieba.cutIds(line))
    }
  }
  const same = JSON.stringify(variants.cut()) === JSON.stringify(variants['cutIds, expanded']())
  if (!same) throw new Error('cutIds expanded differs from cut')
  const samples = Object.fromEntries(Object.keys(variants).map((name) => [name, []]))
  for (let round = 0; round < runs + 2; round++) {
    for (const [name, run] of Object.entries(variants)) {
      globalThis.gc()
      const time = timed(run)
      if (round >= 2) samples[name].push(time)
    }
  }
  const times = {}
  for (const [name, list] of Object.entries(samples)) {
    times[name] = {
      wall: median(list.map((one) => one.wall)),
      cpu: median(list.map((one) => one.cpu))
    }
  }
  console.log(
    JSON.stringify({ chars: text.length, lines: lines.length, words: variants.cut().length, times })
  )
}

function child(mode, packageDir, stubs) {
  const args = ['--expose-gc', fileURLToPath(import.meta.url), '--child', mode]
  args.push('--package', packageDir, '--stubs', JSON.stringify(stubs), '--runs', String(runs))
  args.push('--mb', values.mb)
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`${mode} child failed:\n${result.stderr}`)
  return JSON.parse(result.stdout.trim().split('\n').at(-1))
}

/** A copy of nodejieba with the patch reversed, compiled: the binding as npm ships it. */
function unpatchedCopy(work) {
  const modules = join(work, 'node_modules')
  const copy = join(modules, 'nodejieba')
  const build = join(nodejiebaDir, 'build')
  cpSync(nodejiebaDir, copy, {
    recursive: true,
    filter: (path) => path !== build && !path.startsWith(build + sep)
  })
  symlinkSync(join(root, 'node_modules', 'node-addon-api'), join(modules, 'node-addon-api'))
  execFileSync('git', ['apply', '-R', '-p3', patch], { cwd: copy })
  buildBinding(copy)
  return copy
}

function main() {
  if (!bindingIsCurrent()) throw new Error('nodejieba’s binding is not the patched one: run npm ci')
  const work = mkdtempSync(join(tmpdir(), 'postcloud-jieba-bench-'))
  try {
    const stubs = writeStubs(work)
    const unpatched = unpatchedCopy(work)
    const loads = { unpatched: [], patched: [] }
    for (let run = 0; run < runs; run++) {
      loads.unpatched.push(child('load', unpatched, stubs))
      loads.patched.push(child('load', nodejiebaDir, stubs))
    }
    console.log(`load() of jieba's dictionaries, median of ${runs} fresh processes:`)
    for (const [name, list] of Object.entries(loads)) {
      const figure = (key, digits) => median(list.map((one) => one[key])).toFixed(digits)
      console.log(
        `  ${name.padEnd(10)} ${figure('wall', 0).padStart(5)} ms wall ${figure('cpu', 0).padStart(5)} ms CPU  +${figure('rssMB', 0)} MB RSS`
      )
      const second = (key) => median(list.map((one) => one.second[key]))
      console.log(
        `  ${''.padEnd(10)} then a second thread: ${second('wall').toFixed(0)} ms, +${second('rssMB').toFixed(0)} MB RSS`
      )
    }
    const cut = child('cut', nodejiebaDir, stubs)
    console.log(
      `cut of ${values.mb} MB (${cut.chars} chars, ${cut.lines} lines, ${cut.words} words), median of ${runs}:`
    )
    for (const [name, { wall, cpu }] of Object.entries(cut.times)) {
      const figures = `${wall.toFixed(1).padStart(7)} ms wall ${cpu.toFixed(1).padStart(7)} ms CPU`
      console.log(`  ${name.padEnd(28)} ${figures}`)
    }
    const { cut: array, cutIds: numbered } = cut.times
    const share = (key) => `${(((array[key] - numbered[key]) / array[key]) * 100).toFixed(0)}%`
    console.log(
      `cutIds saves ${share('wall')} of cut's wall time, ${share('cpu')} of its CPU (no word array, no DAG)`
    )
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

if (values.child === 'load') await childLoad()
else if (values.child === 'cut') childCut()
else main()
