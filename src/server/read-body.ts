import type { IncomingMessage } from 'node:http'
import { PostcloudError } from '@shared/errors'

/**
 * Reads a JSON request body with a hard size limit; the connection is drained, not trusted,
 * once the limit is passed so one huge request cannot take the server's memory.
 */
export async function readJsonBody(req: IncomingMessage, limitBytes: number): Promise<unknown> {
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > limitBytes) throw tooLarge(limitBytes)
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > limitBytes) throw tooLarge(limitBytes)
    chunks.push(chunk as Buffer)
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch {
    throw new PostcloudError('INVALID_ARGUMENT', 'The request body is not valid JSON.')
  }
}

function tooLarge(limitBytes: number): PostcloudError {
  return new PostcloudError(
    'TOO_LARGE',
    `The request body is larger than ${Math.round(limitBytes / 1024 / 1024)} MB.`
  )
}
