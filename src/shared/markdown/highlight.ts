import hljs from 'highlight.js/lib/core'
import bash from 'highlight.js/lib/languages/bash'
import c from 'highlight.js/lib/languages/c'
import cpp from 'highlight.js/lib/languages/cpp'
import css from 'highlight.js/lib/languages/css'
import diff from 'highlight.js/lib/languages/diff'
import go from 'highlight.js/lib/languages/go'
import java from 'highlight.js/lib/languages/java'
import javascript from 'highlight.js/lib/languages/javascript'
import json from 'highlight.js/lib/languages/json'
import markdown from 'highlight.js/lib/languages/markdown'
import python from 'highlight.js/lib/languages/python'
import rust from 'highlight.js/lib/languages/rust'
import sql from 'highlight.js/lib/languages/sql'
import typescript from 'highlight.js/lib/languages/typescript'
import xml from 'highlight.js/lib/languages/xml'
import yaml from 'highlight.js/lib/languages/yaml'

/**
 * Code highlighting with highlight.js core and the languages report posts use, not the full
 * bundle (about 1 MB). Each language's own aliases come along (`js`, `ts`, `py`, `sh`, `html`…).
 */
const languages = {
  bash,
  c,
  cpp,
  css,
  diff,
  go,
  java,
  javascript,
  json,
  markdown,
  python,
  rust,
  sql,
  typescript,
  xml,
  yaml
}
for (const [name, language] of Object.entries(languages)) hljs.registerLanguage(name, language)

/** Highlighting a code block this long would stall typing; it is shown plain. */
const maxHighlightChars = 100_000
/** Highlighted blocks kept between renders: the preview re-renders on every keystroke. */
const maxCachedBlocks = 1000
const cache = new Map<string, string>()

/** Highlighted HTML for code in a known language, or null (the caller escapes the code). */
export function highlightCode(code: string, language: string): string | null {
  if (code.length > maxHighlightChars || hljs.getLanguage(language) === undefined) return null
  const key = `${language}\u0000${code}`
  const cached = cache.get(key)
  if (cached !== undefined) return cached
  const html = hljs.highlight(code, { language, ignoreIllegals: true }).value
  if (cache.size >= maxCachedBlocks) cache.clear()
  cache.set(key, html)
  return html
}
