/**
 * The real-text benchmark corpus: a Jekyll folder of weekly reports from three series of
 * different sizes (bench/weekly-series.mjs), written from our own sample vocabulary
 * (bench/weekly-vocabulary.mjs). Every issue carries its series' boilerplate (front matter, intro
 * and credit lines, the same section headings, the word cloud section) around a body that varies:
 * paragraphs, a numbered list of key points with links, a dated event list, quotes, tables,
 * images and fenced code. Sentences are drawn with a seeded RNG and, half the time, recombined
 * from the clauses of two sentences of the same topic, so no two issues read the same; one in ten
 * is a frame around one of jieba's dictionary nouns and three in ten of the others have a noun
 * swapped for one: the long tail of a real corpus's words.
 * Deterministic: the same sources and size give the same bytes on every machine.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { seededRandom } from './seeded-random.mjs'
import { frames, people, series } from './weekly-series.mjs'
import { balanced, weeklyVocabulary } from './weekly-vocabulary.mjs'

/** Bump when the generator's output changes, so an old corpus is rebuilt. */
const generatorVersion = 4
const seed = 20261207
const day = 86_400_000
const genericHeadings = new Set(['概要', '核心信息', '详细分析', '数据', '展望', '词云分析'])
const ordinals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

const sectionHeadings = {
  template: {
    summary: '## 概要部分',
    overview: '### 主要话题与行业趋势概述',
    core: (n) => `### 核心信息（${n}个信息点概述）`,
    detail: '## 详细分析部分',
    views: '### 重要观点与见解',
    events: '### 关键事件与发展',
    special: '### 专项分析',
    topic: '####',
    findings: '### 重要发现总结'
  },
  short: {
    summary: '## 概要',
    overview: null,
    core: () => '## 核心信息',
    detail: '## 详细分析',
    views: '### 观点',
    events: '### 本周大事',
    special: null,
    topic: '###',
    findings: '## 展望'
  }
}

const templateComments = {
  overview: '<!-- 用两三句话概括这段时间的主要话题和行业走向 -->',
  core: '<!-- 标题里的个数跟着要点条数改；每条可用加粗突出关键词，并附上信息来源链接 -->',
  views: '<!-- 值得记下的观点，注明是谁说的、出自哪里 -->',
  events: '<!-- 按时间顺序列出发生了什么，以及它意味着什么 -->',
  findings: '<!-- 收尾：这份报告最重要的几点发现，以及接下来要关注什么 -->',
  cloud:
    '<!-- 保存不会画词云：在「词云」页点击「导出 JPG」后，词云图才会写入下面这一行链接指向的位置 -->'
}

const isoDate = (ms) => new Date(ms).toISOString().slice(0, 10)
const compact = (date) => date.replaceAll('-', '')

/** The writer of one corpus: the RNG and vocabulary, and the pieces an issue is made of. */
function writer(vocabulary) {
  const random = seededRandom(seed)
  const pick = (items) => items[Math.floor(random() * items.length)]
  const between = (low, high) => low + Math.floor(random() * (high - low + 1))

  /** A dictionary noun, the frequent ones more often (index ~ N·r²: a Zipf-like tail). */
  const tailNoun = () => vocabulary.nouns[Math.floor(vocabulary.nouns.length * random() ** 2)]

  const swaps = new Map()
  /** The sentence with one of its common nouns swapped for a tail noun. */
  function swapped(text) {
    let found = swaps.get(text)
    if (!found) {
      found = []
      for (let i = 0; i < text.length; i++) {
        const word = [4, 3, 2]
          .map((n) => text.slice(i, i + n))
          .find((w) => vocabulary.swappable.has(w))
        if (word) found.push(word)
      }
      swaps.set(text, found)
    }
    return found.length === 0 ? text : text.replace(pick(found), tailNoun())
  }

  function recombined(sentences) {
    const first = pick(sentences).split('，')
    const second = pick(sentences).split('，')
    if (first.length < 2 || second.length < 2) return pick(sentences)
    const joined = [
      ...first.slice(0, between(1, first.length - 1)),
      ...second.slice(between(1, second.length - 1))
    ].join('，')
    return balanced(joined) ? joined : pick(sentences)
  }

  function sentence(topic, issue) {
    const roll = random()
    if (roll < 0.1) return pick(frames).replace('{term}', pick(issue.focus))
    if (roll < 0.2) return pick(frames).replace('{term}', tailNoun())
    const sentences =
      vocabulary.topics[roll < 0.92 ? topic : pick(Object.keys(vocabulary.topics))].sentences
    const text = random() < 0.5 ? recombined(sentences) : pick(sentences)
    return random() < 0.3 ? swapped(text) : text
  }

  const paragraph = (topic, issue, low = 3, high = 7) =>
    Array.from({ length: between(low, high) }, () => sentence(topic, issue)).join('')

  const link = (issue, k) => `https://example.com/${issue.slug}/${compact(issue.to)}/${k}`

  function coreList(topic, issue, count) {
    return Array.from({ length: count }, (_, i) => {
      const source = random() < 0.6 ? ` [来源](${link(issue, `core-${i + 1}`)})` : ''
      return `${i + 1}. **${issue.focus[i % issue.focus.length]}**：${sentence(topic, issue)}${source}`
    }).join('\n')
  }

  function eventList(topic, issue) {
    const from = Date.parse(issue.from)
    return Array.from({ length: between(3, 6) }, () => {
      const date = isoDate(from + between(0, 6) * day)
      return `- ${date}：${sentence(topic, issue)}`
    }).join('\n')
  }

  const quote = (topic, issue) => `> ${sentence(topic, issue)}\n>\n> —— ${pick(people)}`

  function table(topic, issue) {
    if (random() < 0.4) return pick(vocabulary.topics[topic].tables)
    const rows = Array.from({ length: between(3, 6) }, () => {
      const now = between(10, 999)
      const before = between(10, 999)
      const change = (((now - before) / before) * 100).toFixed(1)
      return `| ${pick(issue.focus)} | ${now} | ${before} | ${change}% |`
    })
    return ['| 指标 | 本周 | 上周 | 环比 |', '| --- | ---: | ---: | ---: |', ...rows].join('\n')
  }

  const image = (issue, term, k) =>
    `![${term}示意图](/assets/img/${issue.slug}/${compact(issue.to)}-${k}.png)`

  function bulletList(topic, issue) {
    return Array.from({ length: between(3, 5) }, () => `- ${sentence(topic, issue)}`).join('\n')
  }

  /** One 专题 of the detailed analysis: heading, paragraphs, sometimes a table, code, image, list. */
  function special(s, issue, k, level) {
    const topic = s.topic
    const headings = vocabulary.topics[topic].headings.filter((h) => !genericHeadings.has(h))
    const term = pick(issue.focus)
    const title = random() < 0.5 ? pick(headings) : term
    const label = level === '####' ? `专题${ordinals[k % ordinals.length]}：` : ''
    const blocks = [`${level} ${label}${title}`, paragraph(topic, issue)]
    if (random() < 0.5) blocks.push(table(topic, issue))
    blocks.push(paragraph(topic, issue, 2, 6))
    if (random() < 0.3) blocks.push(image(issue, term, k + 1))
    if (random() < 0.25) blocks.push(`下面是本期整理数据时用到的一段代码：`, pick(vocabulary.code))
    if (random() < 0.3) blocks.push(bulletList(topic, issue))
    if (random() < 0.5) blocks.push(paragraph(topic, issue, 2, 5))
    return blocks.join('\n\n')
  }

  /** One issue of a series, about `budget` bytes long. */
  function issueText(s, n, budget) {
    const monday = Date.parse(s.start) + (n - 1) * 7 * day
    const from = isoDate(monday)
    const to = isoDate(monday + 6 * day)
    const published = isoDate(monday + 7 * day)
    const time = `${String(between(8, 10)).padStart(2, '0')}:${String(between(0, 59)).padStart(2, '0')}:${String(between(0, 59)).padStart(2, '0')}`
    const terms = [...s.terms]
    const focus = Array.from({ length: 3 }, () => terms.splice(between(0, terms.length - 1), 1)[0])
    focus.push(pick(vocabulary.topics[s.topic].terms))
    const issue = { slug: s.slug, from, to, focus }
    const fill = (line) => line.replaceAll('{from}', from).replaceAll('{to}', to)
    const h = sectionHeadings[s.headings]
    const comment = (key) => (s.comments ? [templateComments[key]] : [])
    const count = between(4, 6)

    const head = [
      '---',
      'layout: post',
      `title: "${s.title(n, from, to)}"`,
      `date: "${published} 09:00:00 +0800"`,
      `posttime: "${published} ${time} +0800"`,
      ...s.frontMatter,
      `tags: [${focus.slice(0, 3).join(', ')}]`,
      '---'
    ].join('\n')
    const opening = [
      ...s.intro.map(fill),
      `# ${s.name}：${pick(focus)}与${pick(s.terms)}`,
      h.summary,
      ...(h.overview ? [h.overview, ...comment('overview')] : []),
      paragraph(s.topic, issue, 4, 8),
      h.core(count),
      ...comment('core'),
      coreList(s.topic, issue, count),
      h.detail,
      h.views,
      ...comment('views'),
      quote(s.topic, issue),
      paragraph(s.topic, issue),
      h.events,
      ...comment('events'),
      eventList(s.topic, issue),
      ...(h.special ? [h.special] : [])
    ].join('\n\n')
    const closing = [
      h.findings,
      ...comment('findings'),
      paragraph(s.topic, issue, 3, 6),
      '## 词云分析',
      ...comment('cloud'),
      `![词云图](/assets/wordclouds/wordcloud_${s.slug.replace('-', '_')}_${compact(from)}_${compact(to)}.jpg)`,
      '---',
      ...s.credits.map(fill)
    ].join('\n\n')

    // Stops within half a section of the budget, so the corpus as a whole lands on its size.
    const specials = []
    let bytes = Buffer.byteLength(head + opening + closing)
    let added = 0
    while (specials.length === 0 || bytes + added / specials.length / 2 < budget) {
      const block = special(s, issue, specials.length, h.topic)
      specials.push(block)
      bytes += Buffer.byteLength(block) + 2
      added += Buffer.byteLength(block) + 2
    }
    const text = `${head}\n\n${[opening, ...specials, closing].join('\n\n')}\n`
    return { name: `${published}-${s.slug}-${String(n).padStart(3, '0')}.md`, text }
  }

  return { random, issueText }
}

/**
 * Builds the corpus into `dir` (`_config.yml` and `_posts/`) unless its stamp says it is already
 * there for the same size and sources. `only` replaces the three series (e.g. one series of 400
 * issues for the trends benchmark).
 * @returns {{ built: boolean }}
 */
export function buildWeeklyCorpus(root, dir, targetBytes, only = series) {
  const vocabulary = weeklyVocabulary(root)
  const stamp = join(dir, '.stamp')
  const signature = JSON.stringify({
    generatorVersion,
    targetBytes,
    sources: createHash('sha256').update(vocabulary.sources.join('\0')).digest('hex'),
    series: only.map((s) => [s.slug, s.posts, s.weight])
  })
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === signature) return { built: false }
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(join(dir, '_posts'), { recursive: true })
  writeFileSync(
    join(dir, '_config.yml'),
    'title: Postcloud weekly reports benchmark\ntimezone: Asia/Shanghai\n'
  )
  const { random, issueText } = writer(vocabulary)
  const units = only.reduce((sum, s) => sum + s.posts * s.weight, 0)
  for (const s of only) {
    for (let n = 1; n <= s.posts; n++) {
      const budget = (targetBytes / units) * s.weight * (0.6 + 0.8 * random())
      const { name, text } = issueText(s, n, budget)
      writeFileSync(join(dir, '_posts', name), text)
    }
  }
  writeFileSync(stamp, signature)
  return { built: true }
}
