/** A fenced code block's opening: the fence character (` or ~) and how many of them. */
export interface CodeFence {
  char: number
  length: number
}

/**
 * An opening code fence at the start of `content` (indentation and containers already removed):
 * 3+ backticks with no backtick in the info string, or 3+ tildes (CommonMark).
 */
export function openCodeFence(content: string): CodeFence | null {
  const char = content.charCodeAt(0)
  if (char !== 96 && char !== 126) return null
  let length = 0
  while (content.charCodeAt(length) === char) length++
  if (length < 3) return null
  if (char === 96 && content.indexOf('`', length) >= 0) return null
  return { char, length }
}

/** Whether a line closes `fence`: its character, at least as many, nothing else but spaces. */
export function closesCodeFence(content: string, fence: CodeFence): boolean {
  const trimmed = content.trim()
  if (trimmed.length < fence.length) return false
  for (let i = 0; i < trimmed.length; i++) if (trimmed.charCodeAt(i) !== fence.char) return false
  return true
}
