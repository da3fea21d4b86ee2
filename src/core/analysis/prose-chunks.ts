/** Chunk size for jieba: big enough to amortise the native call, small enough to stay cheap. */
const chunkChars = 32_768
const softBreaks = new Set([' ', '\t', '。', '，', '！', '？', '；', '、', '.', ',', ';', '!', '?'])

/**
 * Splits prose for segmentation at line breaks, else at a space or punctuation mark near the
 * limit, else anywhere (never inside a surrogate pair), so a 5 MB single line is no giant call.
 */
export function* proseChunks(text: string, size = chunkChars): Generator<string> {
  let start = 0
  while (start < text.length) {
    let end = Math.min(start + size, text.length)
    if (end < text.length) {
      let split = text.lastIndexOf('\n', end - 1)
      if (split <= start) {
        split = -1
        for (let i = end - 1; i > start && i > end - 1024; i--) {
          if (softBreaks.has(text[i])) {
            split = i
            break
          }
        }
      }
      if (split > start) end = split + 1
      else if (text.charCodeAt(end - 1) >= 0xd800 && text.charCodeAt(end - 1) <= 0xdbff) end--
    }
    const piece = text.slice(start, end)
    if (/\S/.test(piece)) yield piece
    start = end
  }
}
