import type { RougeToken } from './tokens'

/**
 * Rouge's Rust lexer names words by what follows them, not by what they are: a word before `(`
 * is a function (`nf`, `Some(x)` too), before `::` a namespace (`nn`), with `!` a macro (`nd`),
 * after `.` a property (`py`, `.len(` a function with its dot); its own keyword list is `k`
 * (`self`, `Self`, `true`), its builtin list (`String`, `i32`, `Vec`) `nb`, any other word `n`.
 * `->` and `=>` are keywords, `|` punctuation, an attribute (`#[derive(…)]`) `nd`, a lifetime
 * `nv`, a char `sc`, a doc comment `cd`. highlight.js found the words; this renames them.
 */
const keywords = new Set(
  `as async await break const continue crate dyn else enum extern false fn for if impl in let log
  loop match mod move mut pub ref return self Self static struct super trait true type unsafe use
  where while abstract become box do final macro override priv typeof unsized virtual yield try
  union`.split(/\s+/)
)

const builtins = new Set(
  `Add BitAnd BitOr BitXor bool c_char c_double c_float char c_int clock_t c_long c_longlong Cons
  Const Copy c_schar c_short c_uchar c_uint c_ulong c_ulonglong c_ushort c_void dev_t DIR dirent
  Div Either Eq Err f32 f64 Failure FILE float fpos_t i16 i32 i64 i8 isize Index ino_t int
  intptr_t Left mode_t Modulo Mul Neg Nil None Num off_t Ok Option Ord Owned pid_t Ptr ptrdiff_t
  Right Send Shl Shr size_t Some ssize_t str Sub Success time_t u16 u32 u64 u8 usize uint
  uintptr_t Box Vec String Gc Rc Arc u128 i128 Result Sync Pin Unpin Sized Drop drop Fn FnMut
  FnOnce Clone PartialEq PartialOrd AsMut AsRef From Into Default DoubleEndedIterator
  ExactSizeIterator Extend IntoIterator Iterator`.split(/\s+/)
)

const escapes = /(\\(?:[nrt'"\\0]|x[0-9a-fA-F]{2}|u\{(?:[0-9a-fA-F]_*){1,6}\}))|[^\\]+|\\/g
const word = /^[\p{L}_][\p{L}\p{N}_]*!?$/u
/** Classes whose text is not code words: strings, comments, numbers, attributes. */
const literal = /^(?:s.*|c.*|m.*|nd|se)$/

function isBlank(token: RougeToken | undefined): boolean {
  return token !== undefined && /^\s+$/.test(token[1])
}

/** The class of the word at `i`, from the tokens after it. */
function wordClass(tokens: readonly RougeToken[], i: number): string {
  const text = tokens[i][1]
  if (text.endsWith('!')) return 'nd'
  if (keywords.has(text)) return 'k'
  let j = i + 1
  while (isBlank(tokens[j])) j++
  const next = tokens[i + 1]?.[1] ?? ''
  if (tokens[j]?.[1].startsWith('(')) return 'nf'
  if (next.startsWith('!') && !next.startsWith('!=')) return 'nd'
  if (next.startsWith(':') && (next.startsWith('::') || tokens[i + 2]?.[1].startsWith(':')))
    return 'nn'
  return builtins.has(text) ? 'nb' : 'n'
}

/** Operators: `->`, `=>`, `<->` are keywords, `|` punctuation, the rest `o`. */
function pushOperator(text: string, out: RougeToken[]): void {
  for (const m of text.matchAll(/<->|[-=]>|(\|)|\.{2,3}|./g)) {
    out.push([m[1] !== undefined ? 'p' : /^(?:<->|[-=]>)$/.test(m[0]) ? 'k' : 'o', m[0]])
  }
}

function commentClass(text: string): string {
  if (/^\/\/\/\//.test(text)) return 'c1'
  if (/^\/\/[/!]/.test(text)) return 'cd'
  if (/^\/\*\*\*?\//.test(text)) return 'cm'
  if (/^\/\*[*!]/.test(text) && !/^\/\*\*\*/.test(text)) return 'cd'
  return text.startsWith('/*') ? 'cm' : 'c1'
}

export function rustTokens(marked: readonly RougeToken[]): RougeToken[] {
  // highlight.js's `let mut x` gives `mut ` with its blank.
  const tokens = marked.flatMap(([cls, text]): RougeToken[] =>
    cls === 'k' && /\s/.test(text)
      ? text.split(/(\s+)/).map((part): RougeToken => [/\s/.test(part) ? '' : cls, part])
      : [[cls, text]]
  )
  const out: RougeToken[] = []
  let char = false
  let comment = ''
  for (let i = 0; i < tokens.length; i++) {
    const [cls, text] = tokens[i]
    const previous = out[out.length - 1]
    // A char literal (`'a'`, `'\n'`) is `sc`, its escape included.
    if (char) {
      out.push(['sc', text])
      if (cls !== 'se' && text.endsWith("'")) char = false
      continue
    }
    if (cls.startsWith('s') && /^b?'/.test(text)) {
      out.push(['sc', text])
      char = !(text.length > 1 && text.endsWith("'") && !/^b?'$/.test(text))
      continue
    }
    if (cls === 's' && !/^b?r/.test(text)) {
      // Escapes in a string are `se` (highlight.js leaves them in the string).
      for (const m of text.matchAll(escapes)) out.push([m[1] !== undefined ? 'se' : 's', m[0]])
      continue
    }
    if (cls.startsWith('c')) {
      // A doc tag (`TODO`) inside a comment is the comment's.
      if (cls !== 'cs' || comment === '') comment = commentClass(text)
      out.push([comment, text])
      continue
    }
    if (cls === 'nd') {
      for (const m of text.matchAll(/\s+|\S+/g)) out.push([/^\s/.test(m[0]) ? '' : 'nd', m[0]])
      continue
    }
    if (cls === 'nv' && text.startsWith("'")) {
      out.push([text === "'static" ? 'k' : 'nv', text])
      continue
    }
    if (cls === 'o' || (cls === 'p' && /^[-=]>$/.test(text))) {
      pushOperator(text, out)
      continue
    }
    if (text === '.' && (cls === 'p' || cls === '')) {
      const next = tokens[i + 1]
      // `.len(`: the dot goes with the name after it; `.0`: an attribute; `..`: an operator.
      if (next !== undefined && word.test(next[1]) && !literal.test(next[0])) {
        const named = wordClass(tokens, i + 1)
        const own = named === 'nf' ? 'nf' : next[1] === 'await' ? 'k' : 'py'
        out.push([own, '.' + next[1]])
        i++
        continue
      }
      if (next?.[0].startsWith('m') && /^\d+$/.test(next[1])) {
        out.push(['na', '.' + next[1]])
        i++
        continue
      }
      if (next?.[1] === '.' || previous?.[1] === '.') {
        out.push(['o', text])
        continue
      }
    }
    // A macro's metavariable (`$x`, `$x:expr`).
    if (/^\$\w*$/.test(text) && !literal.test(cls)) {
      const fragment = tokens[i + 1]?.[1] === ':' && word.test(tokens[i + 2]?.[1] ?? '')
      out.push(['nv', fragment ? text + ':' + tokens[i + 2][1] : text])
      if (fragment) i += 2
      continue
    }
    if (word.test(text) && !literal.test(cls)) {
      const named = wordClass(tokens, i)
      const next = tokens[i + 1]
      // `name!`: the `!` is the macro's.
      if (named === 'nd' && !text.endsWith('!') && next !== undefined) {
        out.push(['nd', text + '!'])
        if (next[1].length > 1) pushOperator(next[1].slice(1), out)
        i++
        continue
      }
      out.push([named === 'k' && (text === 'true' || text === 'false') ? 'k' : named, text])
      continue
    }
    if (cls.startsWith('m')) {
      out.push([/^0[xob]/.test(text) || !/[.eE]|f32|f64/.test(text) ? 'mi' : 'mf', text])
      continue
    }
    out.push([cls, text])
  }
  return out
}
