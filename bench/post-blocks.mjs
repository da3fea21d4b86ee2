/**
 * A sample post cut into its front matter and its body blocks (paragraphs, headings, lists), a
 * fenced code block kept whole: the pieces the benchmarks shuffle into generated corpora.
 * @param {string} post
 * @returns {{ frontMatter: string, blocks: string[] }}
 */
export function splitPost(post) {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(post)
  const frontMatter = match ? match[1] : 'layout: post'
  const body = match ? post.slice(match[0].length) : post
  const blocks = []
  let fence = null
  for (const block of body.split(/\n\s*\n/)) {
    if (fence !== null) {
      fence += '\n\n' + block
      if (/^(```|~~~)/m.test(block)) {
        blocks.push(fence)
        fence = null
      }
      continue
    }
    const fences = (block.match(/^(```|~~~)/gm) ?? []).length
    if (fences % 2 === 1) fence = block
    else blocks.push(block)
  }
  if (fence !== null) blocks.push(fence)
  return { frontMatter, blocks }
}
