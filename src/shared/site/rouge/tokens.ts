import { hljsSegments, type Segment } from './hljs-segments'
import { profileFor, type LanguageProfile } from './profiles'

/** A Rouge token: its short CSS class (`''` for plain Text) and its text. */
export type RougeToken = [cls: string, text: string]

/**
 * The tokens Rouge would emit for `code`: highlight.js lexes, its scopes become Rouge's token
 * classes, the stretches highlight.js leaves unmarked are split into names, numbers, operators and
 * punctuation as Rouge's lexers do, a line comment takes its newline where Rouge's lexer does (Python), and neighbours of one class are merged (Rouge's lexers merge
 * consecutive tokens of one type). The text is exactly the input's.
 */
export function rougeTokens(code: string, lexer: string): RougeToken[] {
  const segments = lexer === 'plaintext' ? null : hljsSegments(code, lexer)
  if (segments === null) return code === '' ? [] : [['', code]]
  const profile = profileFor(lexer)
  const tokens: RougeToken[] = []
  let afterComment = false
  for (const segment of segments) {
    let text = segment.text
    if (afterComment && text.startsWith('\n')) {
      push(tokens, 'c1', '\n')
      text = text.slice(1)
    }
    const cls = classFor(segment, profile)
    afterComment = cls === 'c1' && profile.commentTakesNewline
    if (cls === null) splitPlain(text, profile, tokens)
    else if (/^s[12]?$/.test(cls) && profile.stringDelimiters) pushDelimited(text, cls, tokens)
    else push(tokens, cls, text)
  }
  return tokens
}

function push(tokens: RougeToken[], cls: string, text: string): void {
  if (text === '') return
  const last = tokens[tokens.length - 1]
  if (last !== undefined && last[0] === cls) last[1] += text
  else tokens.push([cls, text])
}

/** JavaScript's lexer marks a string's quotes as `dl` and its body as `s2`/`s1`. */
function pushDelimited(text: string, cls: string, tokens: RougeToken[]): void {
  const quote = text[0]
  if ((quote === '"' || quote === "'") && text.length >= 2 && text.endsWith(quote)) {
    push(tokens, 'dl', quote)
    push(tokens, quote === '"' ? 's2' : 's1', text.slice(1, -1))
    push(tokens, 'dl', quote)
  } else push(tokens, cls, text)
}

/** The Rouge class of a marked segment, from its innermost scope that has one; null if none. */
function classFor(segment: Segment, profile: LanguageProfile): string | null {
  for (let i = segment.scopes.length - 1; i >= 0; i--) {
    const cls = profile.scope(segment.scopes[i], segment.text)
    if (cls !== undefined) return cls
  }
  return null
}

const plainPattern =
  /(\s+)|([\p{L}_$][\p{L}\p{N}_$]*)|(0[xX][0-9a-fA-F]+|\d+\.\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?|\d+[eE][-+]?\d+|\d+)|([()[\]{},;:.@])|([-+*/%=<>!&|^~?]+)|(.)/gsu

/** Splits text highlight.js left unmarked the way Rouge's lexers tokenise it. */
function splitPlain(text: string, profile: LanguageProfile, tokens: RougeToken[]): void {
  for (const m of text.matchAll(plainPattern)) {
    if (m[1] !== undefined) push(tokens, profile.whitespace, m[1])
    else if (m[2] !== undefined) push(tokens, profile.name, m[2])
    else if (m[3] !== undefined) push(tokens, profile.number(m[3]), m[3])
    else if (m[4] !== undefined) push(tokens, profile.punctuation, m[4])
    else if (m[5] !== undefined) push(tokens, profile.operator, m[5])
    else push(tokens, profile.other, m[0])
  }
}
