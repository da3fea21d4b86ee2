import { request } from 'node:http'
import type { IncomingHttpHeaders } from 'node:http'

export interface Reply {
  status: number
  headers: IncomingHttpHeaders
  body: string
  bytes: Buffer
}

export interface RawRequestOptions {
  method?: string
  headers?: Record<string, string>
  body?: string | Buffer
}

/**
 * A raw HTTP request to the web host: the path goes out exactly as given (no URL normalisation of
 * `..` or `%2e`), with any Host, Origin, Cookie or body a hostile page or program could send.
 */
export function rawRequest(
  origin: string,
  path: string,
  options: RawRequestOptions = {}
): Promise<Reply> {
  const url = new URL(origin)
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: options.method ?? 'GET',
        headers: options.headers
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          const bytes = Buffer.concat(chunks)
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: bytes.toString(),
            bytes
          })
        })
      }
    )
    req.on('error', reject)
    req.end(options.body)
  })
}
