import type { Token } from 'markdown-it'
import { expandLiquid } from '@shared/markdown/liquid'
import type { LiquidSite } from '@shared/markdown/liquid'
import { previewMarkdown } from '@shared/markdown/markdown'
import type { Post } from '@shared/post'

export interface ImageRef {
  /** The image source as the preview sees it (Liquid values substituted, entities decoded). */
  src: string
  /** 1-based line of the file. */
  line: number
}

// `src` after a space or slash, so `data-src` does not count. The attribute run is bounded, so
// a body of unterminated `<img` costs linear time.
const IMG_SRC = /<img\b[^>]{0,2000}?[\s/]src\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi

/**
 * Every image a post's body shows — Markdown images and raw `<img src>` — found exactly as the
 * preview finds them: the same Liquid pass (`{{ site.baseurl }}` substituted, the line count
 * kept) and the same markdown-it, so code blocks and spans never count.
 */
export function imageRefs(post: Post, site: LiquidSite): ImageRef[] {
  const { text, tags } = expandLiquid(post.body, site)
  const md = previewMarkdown()
  const tokens = md.parse(text, { liquidTags: tags })
  const refs: ImageRef[] = []
  // markdown-it's lines are 0-based within the body; the file's lines start `bodyLine` earlier.
  const fileLine = (bodyLine: number): number => post.bodyLine + bodyLine + 1
  let lastLine = 0
  for (const token of tokens) {
    if (token.map) lastLine = token.map[0]
    if (token.type === 'html_block') {
      for (const ref of htmlImages(token.content)) {
        refs.push({ src: md.utils.unescapeAll(ref.src), line: fileLine(lastLine + ref.line) })
      }
    } else if (token.type === 'inline' && token.children) {
      for (const ref of inlineImages(token.children)) {
        const src = ref.html ? md.utils.unescapeAll(ref.src) : ref.src
        refs.push({ src, line: fileLine(lastLine + ref.line) })
      }
    }
  }
  return refs
}

interface LocalRef {
  src: string
  /** Lines after the start of the block. */
  line: number
  html?: boolean
}

function inlineImages(children: Token[]): LocalRef[] {
  const refs: LocalRef[] = []
  let line = 0
  for (const child of children) {
    if (child.type === 'softbreak' || child.type === 'hardbreak') line += 1
    else if (child.type === 'image') refs.push({ src: String(child.attrGet('src') ?? ''), line })
    else if (child.type === 'html_inline') {
      for (const ref of htmlImages(child.content)) {
        refs.push({ src: ref.src, line: line + ref.line, html: true })
      }
    }
    line += countBreaks(child.type === 'html_inline' ? child.content : '')
  }
  return refs
}

function htmlImages(html: string): LocalRef[] {
  const refs: LocalRef[] = []
  for (const match of html.matchAll(IMG_SRC)) {
    const src = match[1] ?? match[2] ?? match[3] ?? ''
    refs.push({ src, line: countBreaks(html.slice(0, match.index)) })
  }
  return refs
}

function countBreaks(text: string): number {
  let count = 0
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count += 1
  return count
}
