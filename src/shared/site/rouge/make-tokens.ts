import type { RougeToken } from './tokens'

/**
 * Rouge's Make lexer is line by line, and its recipes are shell: a rule line is a target (`nl`),
 * its colon (`o`) and its prerequisites (`nf`, where a `#` is a one-character comment, so
 * `## help` is `c` `##` then `nf`); a tab-indented line under it is a recipe, `@`/`-` `p`, the
 * rest lexed as the shell (`shell`, highlight.js's shell mapped as ever) with `$(VAR)` `nv`; an
 * assignment is `nv`, `o` and a shell value; `ifeq`/`include` lines are keywords. highlight.js's
 * Makefile grammar marks a rule line as one heading and lexes no recipe, so the lines are told
 * apart here and the shell does the words.
 */
const functions = new Set(
  `abspath addprefix addsuffix and basename call dir error eval file filter filter-out findstring
  firstword flavor foreach if join lastword notdir or origin patsubst realpath shell sort strip
  subst suffix value warning wildcard word wordlist words`.split(/\s+/)
)

type Shell = (command: string) => RougeToken[]

/** A recipe or a value: `$(VAR)` is `nv`, `$(fn args)` `nf`/`nb`, the rest shell. */
function shellLine(text: string, shell: Shell, tokens: RougeToken[]): void {
  let plain = ''
  const flush = (): void => {
    if (plain !== '') tokens.push(...shell(plain))
    plain = ''
  }
  for (let i = 0; i < text.length;) {
    const rest = text.slice(i)
    const macro = /^\$[({][\t ]*\w[\w:=%.]*[\t ]*[)}]/.exec(rest)
    if (macro) {
      flush()
      tokens.push(['nv', macro[0]])
      i += macro[0].length
      continue
    }
    const call = /^(\$[({])([\t ]*)([\w-]+)([\t ]+)/.exec(rest)
    if (call && functions.has(call[3])) {
      flush()
      tokens.push(['nf', call[1]], ['', call[2]], ['nb', call[3]], ['', call[4]])
      let depth = 1
      let end = call[0].length
      for (; end < rest.length && depth > 0; end++) {
        if (rest[end] === '(' || rest[end] === '{') depth++
        else if (rest[end] === ')' || rest[end] === '}') depth--
      }
      const closed = depth === 0
      shellLine(rest.slice(call[0].length, closed ? end - 1 : end), shell, tokens)
      if (closed) tokens.push(['nf', rest[end - 1]])
      i += end
      continue
    }
    plain += text[i]
    i++
  }
  flush()
}

/** A rule line after its colon: prerequisites `nf`, `,` `p`, each `#` `c`. */
function prerequisites(text: string, tokens: RougeToken[]): void {
  for (const m of text.matchAll(/\\\n|\\.|[^,\\\n#]+|,|#|\\/g)) {
    const part = m[0]
    tokens.push([part.startsWith('\\') ? '' : part === ',' ? 'p' : part === '#' ? 'c' : 'nf', part])
  }
}

export function makeTokens(code: string, shell: Shell): RougeToken[] {
  const tokens: RougeToken[] = []
  let inRule = false
  for (const line of code.split(/(?<=\n)/)) {
    const body = line.replace(/\n$/, '')
    const newline = line.slice(body.length)
    const recipe = /^(\t[\t ]*)([@-]?)/.exec(body)
    if (inRule && recipe) {
      tokens.push(['', recipe[1]], ['p', recipe[2]])
      shellLine(body.slice(recipe[0].length), shell, tokens)
      tokens.push(['', newline])
      continue
    }
    const lead = /^\s*/.exec(body)?.[0] ?? ''
    const text = body.slice(lead.length)
    tokens.push(['', lead])
    if (text === '') {
      tokens.push(['', newline])
      continue
    }
    inRule = false
    const conditional = /^(ifn?def|ifn?eq)([\t ]+)([^#]+)(.*)$/.exec(text)
    const include = /^([-s]?include)((?:[\t ]+[^\t #]+)+)(.*)$/.exec(text)
    const assignment = /^([\w${}().-]+)([\t ]*)([!?:+]?=)(.*)$/.exec(text)
    const rule = /^([^:]+)(:+)([ \t]*)(.*)$/.exec(text)
    if (text.startsWith('#')) tokens.push(['c', text + newline])
    else if (conditional) {
      tokens.push(['k', conditional[1]], ['', conditional[2]], ['nv', conditional[3]])
      tokens.push(['c', conditional[4]], ['', newline])
    } else if (/^(?:else|endif)[\t ]*$/.test(text)) tokens.push(['k', text], ['', newline])
    else if (include) {
      tokens.push(['k', include[1]], ['sx', include[2]], ['c', include[3]], ['', newline])
    } else if (assignment) {
      tokens.push(['nv', assignment[1]], ['', assignment[2]], ['o', assignment[3]])
      shellLine(assignment[4], shell, tokens)
      tokens.push(['', newline])
    } else if (rule) {
      tokens.push(['nl', rule[1]], ['o', rule[2]], ['', rule[3]])
      prerequisites(rule[4], tokens)
      tokens.push(['', newline])
      inRule = true
    } else tokens.push(['', text + newline])
  }
  return tokens
}
