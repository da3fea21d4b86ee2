import { renderSection } from './blocks'
import type { RenderedBlock, RenderedSection } from './blocks'
import { claimHeadingIds, IdRegistry } from './heading-id'
import { expandLiquid, hasPlaceholder, replacePlaceholders } from './liquid'
import type { LiquidSite } from './liquid'
import { previewMarkdown } from './markdown'
import { splitPost } from './post-header'
import type { PostHeader } from './post-header'
import { needsWholePost, splitSections } from './sections'
import type { Section } from './sections'

export interface RenderedPost {
  /** Title and date from the front matter; null when the file has none. */
  header: PostHeader | null
  /** The body's blocks; `line` is the 0-based line of the whole source. */
  blocks: RenderedBlock[]
}

export interface PostRendererOptions {
  /** Render section by section, re-using unchanged ones (see ./sections). Default true. */
  sections?: boolean
}

/**
 * Turns the editor buffer into what its page shows: the header from the front matter, then the
 * body through the Liquid pass and markdown-it, block by block. Sections that did not change
 * since the last render are not parsed again, which keeps a keystroke in a 1 MB post cheap. The
 * HTML is not sanitized yet: that needs a DOM and happens in the window.
 */
export class PostRenderer {
  private readonly sectioned: boolean
  /** The last render's sections by their text (and Liquid tags): nothing older is kept. */
  private cache = new Map<string, RenderedSection>()

  constructor(options: PostRendererOptions = {}) {
    this.sectioned = options.sections ?? true
  }

  render(source: string, postId: string, site: LiquidSite): RenderedPost {
    const { header, bodyStart, bodyLine } = splitPost(source, postId)
    const { text: body, tags } = expandLiquid(source.slice(bodyStart), site)
    const sections =
      this.sectioned && !needsWholePost(body) ? splitSections(body) : [wholeBody(body)]
    const previous = this.cache
    this.cache = new Map()
    const ids = new IdRegistry()
    const blocks: RenderedBlock[] = []
    for (let i = 0; i < sections.length; i++) {
      let section = sections[i]
      let rendered = this.section(section.text, tags, previous)
      if (rendered.leavesOpen && i < sections.length - 1) {
        // Whatever is left open may run to the end: the rest of the post is one section.
        section = { text: body.slice(section.start), start: section.start, line: section.line }
        rendered = this.section(section.text, tags, previous)
        i = sections.length
      }
      for (const block of rendered.blocks) {
        blocks.push({
          html: claimHeadingIds(block.html, ids),
          line: bodyLine + section.line + block.line,
          raw: block.raw
        })
      }
    }
    return { header, blocks }
  }

  private section(
    text: string,
    tags: readonly string[],
    previous: Map<string, RenderedSection>
  ): RenderedSection {
    // A placeholder stands for a tag by number: the tags it stands for are part of the key.
    const key = hasPlaceholder(text) ? `${text}\u0000${usedTags(text, tags)}` : text
    let rendered = this.cache.get(key) ?? previous.get(key)
    if (!rendered) {
      // Each section gets its own env, as markdown-it plugins keep per-parse state there.
      rendered = renderSection(previewMarkdown(), text, { liquidTags: tags })
    }
    this.cache.set(key, rendered)
    return rendered
  }
}

function wholeBody(body: string): Section {
  return { text: body, start: 0, line: 0 }
}

function usedTags(text: string, tags: readonly string[]): string {
  const used: string[] = []
  replacePlaceholders(text, tags, (tag) => {
    used.push(tag)
    return ''
  })
  return used.join('\u0000')
}
