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
 * 2. Cut: in one process with the patched binding, cuts `mb` MB of Chinese prose (the sample
 *    posts' sentences, a line break every few sentences) as one text and line by line, timing
 *    `cut(text, true)` (the array of words built natively, one JS string at a time), `cutJoined`
 *    (one string) and `cutJoined(text).split('\0')` (the same array built in JS). The share of
 *    cut spent building the array is (cut - cutJoined) / cut.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
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

/** Child: one load in a fresh process; prints { wall, cpu, rssMB }. */
function childLoad() {
  const stubs = JSON.parse(values.stubs)
  const jieba = createRequire(import.meta.url)(values.package)
  const rss = process.memoryUsage().rss
  const time = timed(() => jieba.load({ idfDict: stubs.idf, stopWordDict: stubs.stopWords }))
  console.log(JSON.stringify({ ...time, rssMB: (process.memoryUsage().rss - rss) / MiB }))
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

/** Child: the cut variants, interleaved, each after a GC; prints their medians. */
function childCut() {
  const jieba = loadJieba(values.package, JSON.parse(values.stubs))
  const text = prose(Number(values.mb) * MiB)
  const lines = text.split('\n')
  const variants = {
    cut: () => jieba.cut(text, true),
    cutJoined: () => jieba.cutJoined(text),
    'cutJoined + split': () => jieba.cutJoined(text).split('\0'),
    'cut, per line': () => lines.map((line) => jieba.cut(line, true)),
    'cutJoined + split, per line': () => lines.map((line) => jieba.cutJoined(line).split('\0'))
  }
  const same = JSON.stringify(variants.cut()) === JSON.stringify(variants['cutJoined + split']())
  if (!same) throw new Error('cutJoined + split differs from cut')
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
    }
    const cut = child('cut', nodejiebaDir, stubs)
    console.log(
      `cut of ${values.mb} MB (${cut.chars} chars, ${cut.lines} lines, ${cut.words} words), median of ${runs}:`
    )
    for (const [name, { wall, cpu }] of Object.entries(cut.times)) {
      const figures = `${wall.toFixed(1).padStart(7)} ms wall ${cpu.toFixed(1).padStart(7)} ms CPU`
      console.log(`  ${name.padEnd(28)} ${figures}`)
    }
    const { cut: array, cutJoined: joined } = cut.times
    const share = (key) => `${(((array[key] - joined[key]) / array[key]) * 100).toFixed(0)}%`
    console.log(
      `share of cut spent building the JS array: ${share('wall')} wall, ${share('cpu')} CPU`
    )
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

if (values.child === 'load') childLoad()
else if (values.child === 'cut') childCut()
else main()
