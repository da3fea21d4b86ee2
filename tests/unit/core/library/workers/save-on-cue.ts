// A second process saving a post: it loads the real savePost, says "ready", waits for "go" on
// stdin (so two processes start their saves together), saves the text of a file with the stamp
// it was given and prints the outcome as one JSON line: {"ok":true} or {"ok":false,"code":...}.
// Usage: save-on-cue <folder> <post id> <file holding the text> <expected stamp as JSON>
import { readFile } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import { savePost } from '@core/library/save'
import { PostcloudError } from '@shared/errors'
import type { PostStamp } from '@shared/post'

async function main(): Promise<void> {
  const [root, id, textFile, stampJson] = process.argv.slice(2)
  const text = await readFile(textFile, 'utf8')
  const expected = JSON.parse(stampJson) as PostStamp
  const lines = createInterface({ input: process.stdin })
  const go = new Promise<void>((done) => lines.once('line', () => done()))
  process.stdout.write('ready\n')
  await go
  lines.close()
  try {
    await savePost(root, id, text, expected)
    process.stdout.write(`${JSON.stringify({ ok: true })}\n`)
  } catch (error) {
    const code = error instanceof PostcloudError ? error.code : String(error)
    process.stdout.write(`${JSON.stringify({ ok: false, code })}\n`)
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`save-on-cue failed: ${String(error)}\n`)
  process.exit(1)
})
