/**
 * The vocabulary of the weekly-report benchmark corpus (bench/weekly-corpus.mjs): sentences,
 * headings, bold terms, tables and fenced code blocks of our own sample posts and fixtures, grouped
 * by topic. The files are named one by one, not globbed, so a fixture added later does not change
 * the corpus (and with it every figure measured on it).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { splitPost } from './post-blocks.mjs'

/** Source files (relative to the repository) per topic: the series of the corpus draw on these. */
export const topicSources = {
  ai: [
    'resources/sample-posts/_posts/2025-11-11-twitter-ai-daily.md',
    'tests/fixtures/analysis/ai-report.md',
    'tests/fixtures/sites/minima/_posts/2025-11-10-ai-apps-daily.md',
    'tests/fixtures/sites/minima/_posts/2025-11-05-chips-daily.md',
    'tests/fixtures/sites/minima/_posts/2025-11-03-cloud-weekly.md',
    'tests/fixtures/sites/minima/_posts/2025-11-19-mobile-daily.md'
  ],
  oss: [
    'resources/sample-posts/_posts/2025-11-14-open-source-weekly.md',
    'resources/sample-posts/_posts/2025-11-30-reading-monthly.md',
    'tests/fixtures/kramdown/report-weekly.md',
    'tests/fixtures/sites/minima/_posts/2025-11-04-open-source-daily.md',
    'tests/fixtures/sites/minima/_posts/2025-11-14-database-weekly.md',
    'tests/fixtures/sites/minima/_posts/2025-11-17-frontend-weekly.md',
    'tests/fixtures/sites/minima/_posts/2025-11-12-security-weekly.md',
    'tests/fixtures/sites/minima/_posts/2025-11-26-cloud-native-daily.markdown'
  ],
  market: [
    'resources/sample-posts/_posts/2025-11-17-ev-market-weekly.md',
    'resources/sample-posts/_posts/2025-12-02-macro-daily.md',
    'tests/fixtures/analysis/ev-weekly.md',
    'tests/fixtures/analysis/reading-notes.md',
    'tests/fixtures/cloud/report-3000.md',
    'tests/fixtures/sites/minima/_posts/2025-11-07-ev-weekly.md',
    'tests/fixtures/sites/minima/_posts/2025-11-21-macro-weekly.md',
    'tests/fixtures/sites/minima/_posts/2025-11-11-shopping-festival-daily.md',
    'tests/fixtures/sites/minima/_posts/2025-11-24-games-weekly.md'
  ]
}

/**
 * The long tail: jieba's own dictionary nouns (tags n, vn, nz; 2–4 Han characters; frequency
 * >= 50), most frequent first. The sample posts alone hold about 2,500 distinct words; a real
 * 9 MB corpus holds tens of thousands, and what a segmenter and its counts cost grows with them.
 * The common ones (frequency >= 1000) are the words a sentence may have swapped for another noun.
 */
const dictionaryPath = 'node_modules/nodejieba/submodules/cppjieba/dict/jieba.dict.utf8'

/** Only fenced code is taken from this one: it has a block in each of the highlighted languages. */
const codeSource = 'tests/fixtures/kramdown/code-languages.md'

const han = /[\u4e00-\u9fff]/
/** Inline HTML and characters outside the BMP: fixtures test them, reports rarely carry them. */
const oddity = /<|[\u{10000}-\u{10ffff}]/u
const isFence = (block) => /^(```|~~~)/.test(block)
const isTable = (block) => /^\|.*\|\s*\n\|\s*:?-/.test(block)

/** Markup that a sentence split must not cut in half (bold, links, inline code, quotes). */
export function balanced(text) {
  const count = (re) => (text.match(re) ?? []).length
  return (
    count(/\*\*/g) % 2 === 0 &&
    count(/`/g) % 2 === 0 &&
    count(/\[/g) === count(/\]/g) &&
    count(/\(/g) === count(/\)/g) &&
    count(/“/g) === count(/”/g)
  )
}

/** Prose sentences of a block: list markers, quote markers and numbering stripped. */
function sentencesOf(block) {
  const text = block
    .split('\n')
    .map((line) => line.replace(/^\s*(>\s*)*([-*+]|\d+\.)?\s*/, ''))
    .join('')
  return text
    .split(/(?<=[。！？；])/)
    .map((part) => part.trim())
    .filter((part) => part.length >= 8 && han.test(part) && !oddity.test(part) && balanced(part))
}

function readSource(root, path) {
  return readFileSync(join(root, path), 'utf8').replace(/\r\n?/g, '\n')
}

/**
 * @param {string} root the repository
 * @returns {{ topics: Record<string, { sentences: string[], headings: string[], terms: string[],
 *   tables: string[] }>, code: string[], nouns: string[], swappable: Set<string>,
 *   sources: string[] }}
 */
export function weeklyVocabulary(root) {
  const topics = {}
  const code = []
  const sources = []
  for (const [topic, paths] of Object.entries(topicSources)) {
    const entry = { sentences: [], headings: [], terms: [], tables: [] }
    for (const path of paths) {
      const text = readSource(root, path)
      sources.push(text)
      for (const block of splitPost(text).blocks) {
        const trimmed = block.trim()
        if (isFence(trimmed)) code.push(trimmed)
        else if (isTable(trimmed)) entry.tables.push(trimmed)
        else if (/^#{2,4} /.test(trimmed) && !trimmed.includes('\n')) {
          const heading = trimmed.replace(/^#+\s*/, '').replace(/\s*#+$/, '')
          if (han.test(heading) && heading.length <= 20) entry.headings.push(heading)
        } else if (han.test(trimmed) && !/^(#|<!--|!\[|\[[^\]]+\]:)/.test(trimmed)) {
          entry.sentences.push(...sentencesOf(trimmed))
        }
        for (const match of trimmed.matchAll(/\*\*([^*\n]{2,12})\*\*/g)) {
          if (han.test(match[1])) entry.terms.push(match[1].replace(/[：:]$/, ''))
        }
      }
    }
    entry.terms = [...new Set(entry.terms)]
    entry.headings = [...new Set(entry.headings)]
    topics[topic] = entry
  }
  const dictionary = readSource(root, dictionaryPath)
  sources.push(dictionary)
  const entries = dictionary
    .split('\n')
    .map((line) => line.split(' '))
    .filter(([word, frequency, tag]) => {
      return (
        ['n', 'vn', 'nz'].includes(tag) &&
        Number(frequency) >= 50 &&
        /^[\u4e00-\u9fff]{2,4}$/.test(word)
      )
    })
    .sort((a, b) => Number(b[1]) - Number(a[1]) || (a[0] < b[0] ? -1 : 1))
  const nouns = entries.map(([word]) => word)
  const swappable = new Set(
    entries.filter(([, frequency]) => Number(frequency) >= 1000).map(([word]) => word)
  )
  const codeText = readSource(root, codeSource)
  sources.push(codeText)
  for (const block of splitPost(codeText).blocks) if (isFence(block.trim())) code.push(block.trim())
  return { topics, code, nouns, swappable, sources }
}
