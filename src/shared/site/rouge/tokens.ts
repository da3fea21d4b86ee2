import { hljsSegments, type Segment } from './hljs-segments'
import { profileFor, type LanguageProfile } from './profiles'
import { applyLanguageRules } from './token-rules'
import { yamlTokens } from './yaml-rules'
import { consoleTokens } from './console-tokens'
import { makeTokens } from './make-tokens'

/** A Rouge token: its short CSS class (`''` for plain Text) and its text. */
export type RougeToken = [cls: string, text: string]

/**
 * The tokens Rouge would emit for `code`: highlight.js lexes, its scopes become Rouge's token
 * classes, the stretches highlight.js leaves unmarked are split into names, numbers, operators and
 * punctuation as Rouge's lexers do, each language's own habits are applied (./token-rules), and
 * neighbours of one class are merged, as Rouge's lexers merge consecutive tokens of one type. The
 * text is exactly the input's.
 */
export function rougeTokens(code: string, lexer: string): RougeToken[] {
  const key = `${lexer}\u0000${code}`
  const cached = cache.get(key)
  if (cached !== undefined) return cached
  const tokens = lexTokens(code, lexer)
  if (cache.size >= maxCachedBlocks) cache.clear()
  cache.set(key, tokens)
  return tokens
}

/**
 * Blocks lexed between renders: the Site view renders the whole post on every keystroke, and
 * lexing is most of the time a render takes; usually one block changed. (Callers only read.)
 */
const maxCachedBlocks = 1000
const cache = new Map<string, RougeToken[]>()

function lexTokens(code: string, lexer: string): RougeToken[] {
  if (lexer === 'console')
    return merge(consoleTokens(code, (command) => lexTokens(command, 'shell')))
  if (lexer === 'make') return merge(makeTokens(code, (command) => lexTokens(command, 'shell')))
  const segments = lexer === 'plaintext' ? null : hljsSegments(code, lexer)
  if (segments === null) return code === '' ? [] : [['', code]]
  const profile = profileFor(lexer)
  const tokens: RougeToken[] = []
  for (const segment of segments) segmentTokens(segment, profile, tokens)
  const ruled = applyLanguageRules(tokens, profile)
  const adjusted = profile.rewrite ? profile.rewrite(ruled) : ruled
  return merge(lexer === 'yaml' ? yamlTokens(adjusted) : adjusted)
}

function segmentTokens(segment: Segment, profile: LanguageProfile, tokens: RougeToken[]): void {
  const { text } = segment
  const cls = classFor(segment, profile)
  if (cls === null) splitPlain(text, profile, tokens)
  else if (segment.scopes.includes('subst')) pushSubst(text, cls, profile, tokens)
  else if (/^s[12]?$/.test(cls)) pushString(text, cls, profile, tokens)
  else if (cls === 'nt' && profile.markup) pushTag(text, tokens)
  else tokens.push([cls, text])
}

/** Inside a tag Rouge's HTML lexer leaves blanks plain and gives `=` to the attribute name. */
function pushTag(text: string, tokens: RougeToken[]): void {
  for (const m of text.matchAll(/(\s+)|(=)|[^\s=]+/g)) {
    tokens.push([m[1] !== undefined ? '' : m[2] !== undefined ? 'na' : 'nt', m[0]])
  }
}

/** An interpolation (`{x}`, `${x}`, `#{x}`): its brackets, then its inside lexed as code. */
function pushSubst(
  text: string,
  cls: string,
  profile: LanguageProfile,
  tokens: RougeToken[]
): void {
  const m = /^(\$\{|#\{|\{)([^]*?)(\})$/.exec(text)
  if (!m) {
    tokens.push([cls, text])
    return
  }
  tokens.push([profile.substBracket, m[1]])
  splitPlain(m[2], profile, tokens)
  tokens.push([profile.substBracket, m[3]])
}

/** A string: a prefix (`f`, `r`, `b`) is `sa`; in JavaScript the quotes are `dl`. */
function pushString(
  text: string,
  cls: string,
  profile: LanguageProfile,
  tokens: RougeToken[]
): void {
  const prefix = /^[rRbBuUfF]{1,2}(?=["'])/.exec(text)
  if (prefix && profile.stringPrefix) {
    tokens.push(['sa', prefix[0]])
    pushString(text.slice(prefix[0].length), cls, profile, tokens)
    return
  }
  const quote = text[0]
  if (
    profile.stringDelimiters &&
    (quote === '"' || quote === "'") &&
    text.length >= 2 &&
    text.endsWith(quote)
  ) {
    tokens.push(['dl', quote], [quote === '"' ? 's2' : 's1', text.slice(1, -1)], ['dl', quote])
  } else tokens.push([cls, text])
}

/** The Rouge class of a marked segment, from its innermost scope that has one; null if none. */
function classFor(segment: Segment, profile: LanguageProfile): string | null {
  if (profile.metaKeyword && segment.scopes.includes('meta')) {
    if (/^\s+$/.test(segment.text)) return ''
    const inner = segment.scopes[segment.scopes.length - 1]
    if (inner === 'keyword') return 'cp'
    if (inner === 'string') return 'cpf'
  }
  for (let i = segment.scopes.length - 1; i >= 0; i--) {
    const cls = profile.scope(segment.scopes[i], segment.text)
    if (cls !== undefined) return cls
  }
  return null
}

const plainParts = String.raw`(\s+)|([\p{L}_$@][\p{L}\p{N}_$]*)|(0[xX][0-9a-fA-F]+|\d+\.\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?|\d+[eE][-+]?\d+|\d+)|([()[\]{},;:.])|([-+*/%=<>!&|^~?]+)|(.)`
const plainPattern = new RegExp(`()${plainParts}`, 'gsu')
/** Command-line options (`-v`, `--save-dev`) are `nt` in Rouge's shell lexer. */
const optionPattern = new RegExp(
  String.raw`((?<=^|\s)(?:--?[A-Za-z][\w-]*|--(?=\s|$)))|${plainParts}`,
  'gsu'
)

/** Splits text highlight.js left unmarked the way Rouge's lexers tokenise it. */
export function splitPlain(text: string, profile: LanguageProfile, tokens: RougeToken[]): void {
  for (const m of text.matchAll(profile.options ? optionPattern : plainPattern)) {
    if (m[1] !== undefined && m[1] !== '') tokens.push(['nt', m[1]])
    else if (m[2] !== undefined) tokens.push([profile.whitespace, m[2]])
    else if (m[3] !== undefined) tokens.push([profile.name(m[3]), m[3]])
    else if (m[4] !== undefined) tokens.push([profile.number(m[4]), m[4]])
    else if (m[5] !== undefined) tokens.push([profile.punctuation(m[5]), m[5]])
    else if (m[6] !== undefined) tokens.push([profile.operator(m[6]), m[6]])
    else tokens.push([profile.other, m[0]])
  }
}

function merge(tokens: readonly RougeToken[]): RougeToken[] {
  const out: RougeToken[] = []
  for (const [cls, text] of tokens) {
    if (text === '') continue
    const last = out[out.length - 1]
    if (last !== undefined && last[0] === cls) last[1] += text
    else out.push([cls, text])
  }
  return out
}
