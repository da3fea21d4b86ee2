// Compares Jekyll's page for a post with Postcloud's: difflib ratios of the text and the
// skeleton, the stylesheets, and short hints at the first differences, written for the people
// who fix the renderer ("at body>main>article.post: jekyll [p] postcloud [div.note]").
import type { PageFeatures, SkeletonEntry } from './page-features'
import { SequenceMatcher } from './sequence-matcher'
import type { Opcode } from './sequence-matcher'

export interface PageComparison {
  /** difflib ratio of the body text tokens outside <pre>. */
  text: number
  /** difflib ratio of the token sequences inside <pre> (code blocks). */
  code: number
  /** difflib ratio of the element skeletons (`tag.classes` in document order). */
  skeleton: number
  /** The skeleton ratio without the elements inside <pre> (highlighter tokens). */
  skeletonOutsideCode: number
  stylesheetsEqual: boolean
  /** difflib ratio of the <head> entries (informational, no target). */
  head: number
  textHints: string[]
  skeletonHints: string[]
  stylesheetHint: string | null
  headHints: string[]
}

/** How many differences a hint list shows, and how many items of each side per difference. */
const hintCount = 3
const hintWidth = 6

function differences(codes: Opcode[]): Opcode[] {
  return codes.filter((op) => op.tag !== 'equal').slice(0, hintCount)
}

function clip(items: string[]): string {
  const shown = items.slice(0, hintWidth).join(' ')
  return items.length > hintWidth ? `${shown} …(+${items.length - hintWidth})` : shown
}

function textHints(jekyll: string[], postcloud: string[], codes: Opcode[]): string[] {
  return differences(codes).map((op) => {
    const before = jekyll.slice(Math.max(0, op.i1 - 2), op.i1).join(' ')
    return (
      `${op.tag} after «${before}»: jekyll «${clip(jekyll.slice(op.i1, op.i2))}»` +
      ` postcloud «${clip(postcloud.slice(op.j1, op.j2))}»`
    )
  })
}

function skeletonHints(
  jekyll: SkeletonEntry[],
  postcloud: SkeletonEntry[],
  codes: Opcode[]
): string[] {
  return differences(codes).map((op) => {
    // Where the change is: an insertion is where the inserted elements are.
    const at = op.tag === 'insert' ? postcloud[op.j1] : (jekyll[op.i1] ?? postcloud[op.j1])
    const where = at?.path ?? 'body'
    const labels = (entries: SkeletonEntry[]): string => clip(entries.map((entry) => entry.label))
    return (
      `${op.tag} at ${where}: jekyll [${labels(jekyll.slice(op.i1, op.i2))}]` +
      ` postcloud [${labels(postcloud.slice(op.j1, op.j2))}]`
    )
  })
}

function headHints(jekyll: string[], postcloud: string[], codes: Opcode[]): string[] {
  return differences(codes).map(
    (op) =>
      `${op.tag}: jekyll [${clipEntries(jekyll.slice(op.i1, op.i2))}]` +
      ` postcloud [${clipEntries(postcloud.slice(op.j1, op.j2))}]`
  )
}

/** Head entries can be long (JSON-LD): each is cut to 80 characters. */
function clipEntries(entries: string[]): string {
  return clip(entries.map((entry) => (entry.length > 80 ? `${entry.slice(0, 79)}…` : entry)))
}

export function comparePages(jekyll: PageFeatures, postcloud: PageFeatures): PageComparison {
  const text = new SequenceMatcher(jekyll.text, postcloud.text)
  const skeletonA = jekyll.skeleton.map((entry) => entry.label)
  const skeletonB = postcloud.skeleton.map((entry) => entry.label)
  const skeleton = new SequenceMatcher(skeletonA, skeletonB)
  const stylesheetsEqual =
    jekyll.stylesheets.length === postcloud.stylesheets.length &&
    jekyll.stylesheets.every((href, index) => href === postcloud.stylesheets[index])
  const head = new SequenceMatcher(jekyll.head, postcloud.head)
  const outside = (entries: SkeletonEntry[]): string[] =>
    entries.filter((entry) => !entry.inCode).map((entry) => entry.label)
  return {
    text: text.ratio(),
    code: new SequenceMatcher(jekyll.code, postcloud.code).ratio(),
    skeleton: skeleton.ratio(),
    skeletonOutsideCode: new SequenceMatcher(
      outside(jekyll.skeleton),
      outside(postcloud.skeleton)
    ).ratio(),
    stylesheetsEqual,
    head: head.ratio(),
    textHints: textHints(jekyll.text, postcloud.text, text.getOpcodes()),
    skeletonHints: skeletonHints(jekyll.skeleton, postcloud.skeleton, skeleton.getOpcodes()),
    stylesheetHint: stylesheetsEqual
      ? null
      : `jekyll [${jekyll.stylesheets.join(', ')}] postcloud [${postcloud.stylesheets.join(', ')}]`,
    headHints: headHints(jekyll.head, postcloud.head, head.getOpcodes())
  }
}
