import { connect } from 'node:net'

/**
 * Sends `text` as is over a plain TCP connection to the web host and resolves with everything it
 * answers until it closes: for requests no HTTP client would send (no Host header, a method
 * Node's parser does not know).
 */
export function socketRequest(origin: string, text: string): Promise<string> {
  const url = new URL(origin)
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname, () => socket.write(text))
    const chunks: Buffer[] = []
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    socket.on('end', () => resolve(Buffer.concat(chunks).toString()))
    socket.on('error', reject)
  })
}
