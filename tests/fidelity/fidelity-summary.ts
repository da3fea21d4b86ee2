// The figures per site and the targets of issue #12 ("Fidelity, measured"), and the text the
// benchmark prints: figures first, then the worst posts with a hint at what differs.
import type { PostFidelity, SiteFidelity } from './site-fidelity'

export const targets = {
  /** A post passes with text ≥ 0.98 and skeleton ≥ 0.95 (difflib ratios). */
  text: 0.98,
  skeleton: 0.95,
  /** ...and at least 95% of a site's posts must pass. */
  passingShare: 0.95,
  /** At most 3% of the pixels of any post's screenshot may differ. */
  pixels: 0.03
} as const

export interface SiteSummary {
  site: string
  posts: number
  urlMatches: number
  textMin: number
  textMedian: number
  skeletonMin: number
  skeletonMedian: number
  /** The skeleton without the elements inside <pre>: how much is the highlighter's doing. */
  skeletonOutsideCodeMin: number
  skeletonOutsideCodeMedian: number
  /** <head> entries (informational): where {% seo %} and {% feed_meta %} show. */
  headMin: number
  headMedian: number
  passing: number
  passingShare: number
  stylesheetMatches: number
  /** null when no pixels were measured. */
  pixelMax: number | null
  pixelMedian: number | null
  /** Posts Jekyll published that the renderer wrote no page for. */
  missing: string[]
  /** Pages the renderer wrote for files Jekyll did not publish. */
  unexpected: string[]
  meets: { urls: boolean; passing: boolean; pixels: boolean | null }
}

function median(values: number[]): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

export function passes(post: PostFidelity): boolean {
  const c = post.comparison
  return c !== null && c.text >= targets.text && c.skeleton >= targets.skeleton
}

export function summarize(result: SiteFidelity): SiteSummary {
  const posts = result.posts
  const text = posts.map((post) => post.comparison?.text ?? 0)
  const skeleton = posts.map((post) => post.comparison?.skeleton ?? 0)
  const head = posts.map((post) => post.comparison?.head ?? 0)
  const outside = posts.map((post) => post.comparison?.skeletonOutsideCode ?? 0)
  const pixels = posts.flatMap((post) => (post.pixels === null ? [] : [post.pixels]))
  const passing = posts.filter(passes).length
  const urlMatches = posts.filter((post) => post.urlMatch).length
  const pixelMax = pixels.length > 0 ? Math.max(...pixels) : null
  const passingShare = posts.length > 0 ? passing / posts.length : 0
  return {
    site: result.site,
    posts: posts.length,
    urlMatches,
    textMin: text.length > 0 ? Math.min(...text) : 0,
    textMedian: median(text),
    skeletonMin: skeleton.length > 0 ? Math.min(...skeleton) : 0,
    skeletonMedian: median(skeleton),
    skeletonOutsideCodeMin: outside.length > 0 ? Math.min(...outside) : 0,
    skeletonOutsideCodeMedian: median(outside),
    headMin: head.length > 0 ? Math.min(...head) : 0,
    headMedian: median(head),
    passing,
    passingShare,
    stylesheetMatches: posts.filter((post) => post.comparison?.stylesheetsEqual).length,
    pixelMax,
    pixelMedian: pixels.length > 0 ? median(pixels) : null,
    missing: posts.filter((post) => post.renderedUrl === null).map((post) => post.file),
    unexpected: result.others.filter((post) => post.jekyllUrl === null).map((post) => post.file),
    meets: {
      urls: posts.length > 0 && urlMatches === posts.length,
      passing: passingShare >= targets.passingShare,
      pixels:
        pixelMax === null ? null : pixelMax <= targets.pixels && pixels.length === posts.length
    }
  }
}

const ratio = (value: number): string => value.toFixed(3)
const percent = (value: number | null): string =>
  value === null ? 'n/a' : `${(value * 100).toFixed(2)}%`
const verdict = (ok: boolean | null): string => (ok === null ? 'n/a' : ok ? 'PASS' : 'FAIL')

/** How far a post is from the targets, for ordering the worst first. */
function badness(post: PostFidelity): number {
  const c = post.comparison
  if (!c) return 10
  return (
    Math.max(0, targets.text - c.text) +
    Math.max(0, targets.skeleton - c.skeleton) +
    (post.urlMatch ? 0 : 1) +
    (c.stylesheetsEqual ? 0 : 0.5) +
    Math.max(0, (post.pixels ?? 0) - targets.pixels) +
    (1 - c.text) / 100 +
    (1 - c.skeleton) / 100 +
    (post.pixels ?? 0) / 100
  )
}

function describePost(post: PostFidelity): string[] {
  const c = post.comparison
  const head = c
    ? `  ${post.file}: text ${ratio(c.text)}, skeleton ${ratio(c.skeleton)}` +
      ` (outside code ${ratio(c.skeletonOutsideCode)}), code text ${ratio(c.code)}` +
      `, pixels ${percent(post.pixels)}${passes(post) ? '' : '  ✗'}`
    : `  ${post.file}: ${post.renderedUrl === null ? 'no page rendered' : 'not comparable'}`
  const lines = [head]
  if (!post.urlMatch) {
    lines.push(
      `      url: jekyll ${post.jekyllUrl ?? '(not published)'} rendered ${post.renderedUrl}`
    )
  } else if (!post.outMatch) {
    lines.push(`      out: the page was not written at its URL's path`)
  }
  if (c) {
    for (const hint of c.textHints) lines.push(`      text ${hint}`)
    for (const hint of c.skeletonHints) lines.push(`      skeleton ${hint}`)
    if (c.stylesheetHint) lines.push(`      stylesheets ${c.stylesheetHint}`)
    for (const hint of c.headHints.slice(0, 2)) lines.push(`      head ${hint}`)
  }
  if (post.warnings.length > 0) {
    const shown = post.warnings.slice(0, 3).map((w) => `${w.file}:${w.line ?? '?'} ${w.message}`)
    lines.push(`      warnings (${post.warnings.length}): ${shown.join(' | ')}`)
  }
  return lines
}

export function formatSite(result: SiteFidelity, summary: SiteSummary, worst = 5): string {
  const s = summary
  const lines = [
    `== ${s.site}: ${s.posts} posts (jekyll ${Math.round(result.jekyllMs)} ms,` +
      ` renderer ${Math.round(result.renderMs)} ms, exit ${result.renderExit})`,
    `  URL matches        ${s.urlMatches}/${s.posts}  ${verdict(s.meets.urls)}`,
    `  text ratio         min ${ratio(s.textMin)}  median ${ratio(s.textMedian)}`,
    `  skeleton ratio     min ${ratio(s.skeletonMin)}  median ${ratio(s.skeletonMedian)}` +
      `  (outside <pre>: min ${ratio(s.skeletonOutsideCodeMin)}` +
      ` median ${ratio(s.skeletonOutsideCodeMedian)})`,
    `  passing            ${s.passing}/${s.posts} (${percent(s.passingShare)}; text ≥ ${targets.text}` +
      ` and skeleton ≥ ${targets.skeleton}, target ≥ ${percent(targets.passingShare)})  ${verdict(s.meets.passing)}`,
    `  stylesheets equal  ${s.stylesheetMatches}/${s.posts}`,
    `  head ratio         min ${ratio(s.headMin)}  median ${ratio(s.headMedian)}  (no target)`,
    `  pixel diff         max ${percent(s.pixelMax)}  median ${percent(s.pixelMedian)}` +
      ` (target ≤ ${percent(targets.pixels)})  ${verdict(s.meets.pixels)}` +
      (result.pixelsSkipped ? `  [${result.pixelsSkipped}]` : '')
  ]
  if (result.renderProblem) lines.push(`  renderer said: ${result.renderProblem.slice(0, 600)}`)
  if (s.missing.length > 0) lines.push(`  no page for: ${s.missing.join(', ')}`)
  if (s.unexpected.length > 0) {
    lines.push(`  pages for files Jekyll did not publish: ${s.unexpected.join(', ')}`)
  }
  const others = result.others.filter((post) => post.jekyllUrl !== null)
  if (others.length > 0) {
    const passed = others.filter(passes).length
    lines.push(`  other collections: ${passed}/${others.length} pass`)
  }
  const ranked = [...result.posts, ...others]
    .filter((post) => badness(post) > 0)
    .sort((a, b) => badness(b) - badness(a))
    .slice(0, worst)
  if (ranked.length > 0) {
    lines.push('  worst posts:')
    for (const post of ranked) lines.push(...describePost(post))
  }
  return lines.join('\n')
}

/** One row per site, as bench/README.md reports the figures. */
export function formatTable(summaries: SiteSummary[]): string {
  const rows = summaries.map((s) =>
    [
      s.site,
      String(s.posts),
      `${s.urlMatches}/${s.posts}`,
      `${ratio(s.textMin)} / ${ratio(s.textMedian)}`,
      `${ratio(s.skeletonMin)} / ${ratio(s.skeletonMedian)}`,
      `${s.passing}/${s.posts} (${Math.round(s.passingShare * 100)}%)`,
      `${s.stylesheetMatches}/${s.posts}`,
      `${percent(s.pixelMax)} / ${percent(s.pixelMedian)}`,
      [s.meets.urls, s.meets.passing, s.meets.pixels].includes(false) ? '**FAIL**' : '**PASS**'
    ].join(' | ')
  )
  return [
    '| site | posts | URLs | text min / median | skeleton min / median | passing | stylesheets | pixels max / median | targets |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row} |`)
  ].join('\n')
}
