import { renderBlocks } from './blocks'
import type { RenderedBlock } from './blocks'
import { expandLiquid } from './liquid'
import type { LiquidSite } from './liquid'
import { previewMarkdown } from './markdown'
import { splitPost } from './post-header'
import type { PostHeader } from './post-header'

export interface RenderedPost {
  /** Title and date from the front matter; null when the file has none. */
  header: PostHeader | null
  blocks: RenderedBlock[]
}

/**
 * The editor buffer as its page would show it: the header from the front matter, then the body
 * through the Liquid pass and markdown-it, block by block. The HTML is not sanitized yet: that
 * needs a DOM and happens in the window.
 */
export function renderPost(source: string, postId: string, site: LiquidSite): RenderedPost {
  const { header, bodyStart, bodyLine } = splitPost(source, postId)
  const liquid = expandLiquid(source.slice(bodyStart), site)
  const blocks = renderBlocks(previewMarkdown(), liquid.text, bodyLine, { liquidTags: liquid.tags })
  return { header, blocks }
}
