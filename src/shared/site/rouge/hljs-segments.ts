import hljs from 'highlight.js/lib/core'
import bash from 'highlight.js/lib/languages/bash'
import c from 'highlight.js/lib/languages/c'
import cpp from 'highlight.js/lib/languages/cpp'
import csharp from 'highlight.js/lib/languages/csharp'
import css from 'highlight.js/lib/languages/css'
import diff from 'highlight.js/lib/languages/diff'
import dockerfile from 'highlight.js/lib/languages/dockerfile'
import go from 'highlight.js/lib/languages/go'
import ini from 'highlight.js/lib/languages/ini'
import java from 'highlight.js/lib/languages/java'
import javascript from 'highlight.js/lib/languages/javascript'
import json from 'highlight.js/lib/languages/json'
import kotlin from 'highlight.js/lib/languages/kotlin'
import makefile from 'highlight.js/lib/languages/makefile'
import markdown from 'highlight.js/lib/languages/markdown'
import php from 'highlight.js/lib/languages/php'
import python from 'highlight.js/lib/languages/python'
import r from 'highlight.js/lib/languages/r'
import ruby from 'highlight.js/lib/languages/ruby'
import rust from 'highlight.js/lib/languages/rust'
import scss from 'highlight.js/lib/languages/scss'
import shell from 'highlight.js/lib/languages/shell'
import sql from 'highlight.js/lib/languages/sql'
import swift from 'highlight.js/lib/languages/swift'
import typescript from 'highlight.js/lib/languages/typescript'
import xml from 'highlight.js/lib/languages/xml'
import yaml from 'highlight.js/lib/languages/yaml'

/**
 * highlight.js does the lexing (we write no lexers); this module turns its HTML into plain
 * segments, each with the hljs scopes around it. Our own instance, so the preview's shared
 * highlight.js core keeps its own language set.
 */
const instance = hljs.newInstance()
const grammars = {
  bash,
  c,
  cpp,
  csharp,
  css,
  diff,
  dockerfile,
  go,
  ini,
  java,
  javascript,
  json,
  kotlin,
  makefile,
  markdown,
  php,
  python,
  r,
  ruby,
  rust,
  scss,
  shell,
  sql,
  swift,
  typescript,
  xml,
  yaml
}
for (const [name, grammar] of Object.entries(grammars)) instance.registerLanguage(name, grammar)

/** Rouge lexer tag -> the highlight.js grammar that lexes the same language. */
const grammarForLexer: Record<string, string> = {
  shell: 'bash',
  console: 'shell',
  c: 'c',
  cpp: 'cpp',
  csharp: 'csharp',
  css: 'css',
  scss: 'scss',
  sass: 'scss',
  diff: 'diff',
  docker: 'dockerfile',
  go: 'go',
  ini: 'ini',
  toml: 'ini',
  java: 'java',
  javascript: 'javascript',
  jsx: 'javascript',
  json: 'json',
  kotlin: 'kotlin',
  make: 'makefile',
  markdown: 'markdown',
  php: 'php',
  python: 'python',
  r: 'r',
  ruby: 'ruby',
  rust: 'rust',
  sql: 'sql',
  swift: 'swift',
  typescript: 'typescript',
  tsx: 'typescript',
  html: 'xml',
  xml: 'xml',
  yaml: 'yaml'
}

export interface Segment {
  /** hljs scope names, outermost first (`keyword`, `title.function`, `string`…). */
  scopes: string[]
  text: string
}

/** Past this size a block is left plain, as the preview does: lexing it would stall typing. */
const maxChars = 100_000

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#x27': "'",
  '#39': "'"
}

function decode(html: string): string {
  return html.replace(/&(amp|lt|gt|quot|#x27|#39);/g, (_, name: string) => entities[name])
}

/** The segments of `code` lexed as Rouge's `lexer` would, or null when we have no grammar. */
export function hljsSegments(code: string, lexer: string): Segment[] | null {
  const grammar = Object.hasOwn(grammarForLexer, lexer) ? grammarForLexer[lexer] : undefined
  if (grammar === undefined || code.length > maxChars) return null
  const html = instance.highlight(code, { language: grammar, ignoreIllegals: true }).value
  const segments: Segment[] = []
  const stack: string[] = []
  const tag = /<span class="([^"]*)">|<\/span>/g
  let last = 0
  for (let m = tag.exec(html); m !== null; m = tag.exec(html)) {
    if (m.index > last)
      segments.push({ scopes: [...stack], text: decode(html.slice(last, m.index)) })
    if (m[1] !== undefined) stack.push(scopeName(m[1]))
    else stack.pop()
    last = tag.lastIndex
  }
  if (last < html.length) segments.push({ scopes: [...stack], text: decode(html.slice(last)) })
  return segments
}

/** `hljs-title function_` -> `title.function`. */
function scopeName(classes: string): string {
  const parts = classes.split(' ')
  const head = parts[0].replace(/^hljs-/, '')
  const rest = parts.slice(1).map((p) => p.replace(/_+$/, ''))
  return [head, ...rest].join('.')
}
