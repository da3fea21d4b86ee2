import markdownIt from 'markdown-it'
import type { Env, MarkdownIt, StateCore, Token } from 'markdown-it'
import footnote from 'markdown-it-footnote'
import taskLists from 'markdown-it-task-lists'
import { markHeadingSlugs } from './heading-id'
import { highlightCode } from './highlight'
import { hasPlaceholder, replacePlaceholders, restoreEncodedPlaceholders } from './liquid'

/**
 * The preview's markdown-it: GFM as GitHub and kramdown's GFM mode render it (tables,
 * strikethrough, task lists, footnotes, heading slugs made unique ids in ./render-post), raw
 * HTML passed through (the window sanitizes the result with DOMPurify), linkify on, typographer
 * off (quotes stay as written).
 * Liquid placeholders from ./liquid show as chips in text and as their original text in code,
 * raw HTML and attributes.
 */

/** What one render passes through markdown-it. */
export interface PreviewEnv extends Env {
  /** The original text of each Liquid placeholder in the body (see ./liquid). */
  liquidTags: readonly string[]
}

let instance: MarkdownIt | null = null

/** The configured parser, built once: plugins and rules are set up on first use. */
export function previewMarkdown(): MarkdownIt {
  instance ??= createPreviewMarkdown()
  return instance
}

function createPreviewMarkdown(): MarkdownIt {
  const md = markdownIt({ html: true, linkify: true, typographer: false })
  md.use(footnote)
  md.use(taskLists, { enabled: false })
  md.core.ruler.after('github-task-lists', 'task_checkbox', markTaskCheckboxes)
  md.core.ruler.push('heading_slugs', markHeadingSlugs)
  md.core.ruler.push('liquid_placeholders', restorePlaceholders)
  const escape = md.utils.escapeHtml

  md.renderer.rules.task_checkbox = (tokens, idx) =>
    `<span class="task-list-item-checkbox" role="checkbox" aria-disabled="true" aria-checked="${
      tokens[idx].meta?.checked ? 'true' : 'false'
    }"></span>`

  md.renderer.rules.text = (tokens, idx, _options, env) =>
    replacePlaceholders(
      escape(tokens[idx].content),
      liquidTags(env),
      (tag) => `<span class="liquid-tag">${escape(tag)}</span>`
    )

  // The info string never reaches the HTML: only a plain language name becomes a class.
  md.renderer.rules.fence = (tokens, idx, _options, _env, self) => {
    const token = tokens[idx]
    const language = /^[\w+#.-]{1,40}$/.exec(token.info.trim().split(/\s+/)[0] ?? '')?.[0] ?? ''
    const highlighted = language === '' ? null : highlightCode(token.content, language)
    const classes = language === '' ? 'hljs' : `hljs language-${language}`
    return `<pre${self.renderAttrs(token)}><code class="${classes}">${
      highlighted ?? escape(token.content)
    }</code></pre>\n`
  }
  return md
}

function liquidTags(env: Env | undefined): readonly string[] {
  const tags = env?.liquidTags
  return Array.isArray(tags) ? tags : []
}

/**
 * The task-list plugin writes its checkbox as an `<input>`, a tag the sanitizer removes from raw
 * HTML; its own checkboxes become a token of their own, rendered as an inert span.
 */
function markTaskCheckboxes(state: StateCore): void {
  const tokens = state.tokens
  for (let i = 2; i < tokens.length; i++) {
    const item = tokens[i - 2]
    if (tokens[i].type !== 'inline' || item.type !== 'list_item_open') continue
    if (!String(item.attrGet('class') ?? '').includes('task-list-item')) continue
    const first = tokens[i].children?.[0]
    if (first?.type !== 'html_inline' || !first.content.includes('task-list-item-checkbox')) {
      continue
    }
    first.type = 'task_checkbox'
    first.meta = { checked: first.content.includes('checked') }
    first.content = ''
  }
}

/** Code, raw HTML and attributes get the Liquid tags' original text back; text keeps chips. */
function restorePlaceholders(state: StateCore): void {
  const tags = liquidTags(state.env)
  if (tags.length === 0) return
  const original = (text: string): string => replacePlaceholders(text, tags, (tag) => tag)
  const visit = (tokens: Token[]): void => {
    for (const token of tokens) {
      if (token.type !== 'text' && hasPlaceholder(token.content)) {
        token.content = original(token.content)
      }
      if (token.type === 'fence') token.info = original(token.info)
      for (const attr of token.attrs ?? []) {
        attr[1] = original(restoreEncodedPlaceholders(String(attr[1]), tags))
      }
      // An image's alt text is made from its children's text.
      if (token.type === 'image' && token.children) {
        for (const child of token.children) child.content = original(child.content)
      }
      if (token.children) visit(token.children)
    }
  }
  visit(state.tokens)
}
