import type { RougeToken } from './tokens'

/**
 * Rouge's console lexer: a line starting with a prompt (`$`, `#`, `%`, `>`) is the prompt (`gp`),
 * a blank (`w`) and a shell command; any other line is program output (`go`), newline included.
 */
export function consoleTokens(
  code: string,
  shell: (command: string) => RougeToken[]
): RougeToken[] {
  const tokens: RougeToken[] = []
  for (const line of code.split(/(?<=\n)/)) {
    const prompt = /^([$#%>])([ \t]+)/.exec(line)
    if (prompt) {
      tokens.push(['gp', prompt[1]], ['w', prompt[2]], ...shell(line.slice(prompt[0].length)))
    } else if (line !== '') tokens.push(['go', line])
  }
  return tokens
}
