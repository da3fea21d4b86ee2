// A small static file server for built sites, on the loopback interface only. The site is
// mounted under its baseurl, as on the published host, so root-relative links resolve.
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'

export interface StaticServer {
  origin: string
  close: () => Promise<void>
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json'
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false
}

/** The file for a request path, as `jekyll serve` finds it: `index.html` in folders, `.html` added. */
async function resolveFile(root: string, path: string): Promise<string | null> {
  const inside = normalize(join(root, path))
  if (inside !== root && !inside.startsWith(root + sep)) return null
  for (const candidate of [inside, join(inside, 'index.html'), `${inside}.html`]) {
    if (await isFile(candidate)) return candidate
  }
  return null
}

export function serveStatic(root: string, baseurl: string): Promise<StaticServer> {
  const server = createServer((request, response) => {
    void (async () => {
      let path: string
      try {
        path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname)
      } catch {
        path = ''
      }
      const underBase = baseurl === '' || path === baseurl || path.startsWith(`${baseurl}/`)
      const file = underBase ? await resolveFile(root, path.slice(baseurl.length) || '/') : null
      if (!file) {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found')
        return
      }
      response.writeHead(200, {
        'Content-Type': contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Cache-Control': 'no-store'
      })
      createReadStream(file).pipe(response)
    })()
  })
  return new Promise((done, fail) => {
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      done({
        origin: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((closed) => {
            server.closeAllConnections()
            server.close(() => closed())
          })
      })
    })
  })
}
