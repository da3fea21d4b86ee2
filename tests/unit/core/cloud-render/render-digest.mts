/**
 * Run in a child process by reproducibility.test.ts: reads `{words, options}` as JSON on stdin,
 * renders the JPG on a Node canvas and prints the SHA-256 of its bytes and of its placed words.
 */
import { createHash } from 'node:crypto'
import { text } from 'node:stream/consumers'
import { renderCloudImage } from '@core/cloud-render/render-cloud'

const request = JSON.parse(await text(process.stdin))
const rendered = await renderCloudImage({ ...request, format: 'jpg', mask: null })
const sha = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex')
process.stdout.write(
  JSON.stringify({ jpg: sha(rendered.bytes), layout: sha(JSON.stringify(rendered.layout.placed)) })
)
