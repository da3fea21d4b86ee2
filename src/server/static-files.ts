import { readFile, realpath, stat } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { extname, join, relative, resolve, sep } from 'node:path'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon'
}

/**
 * Serves the built renderer. Only files inside `root` (after resolving real paths) are served;
 * unknown paths fall back to index.html so the single-page app can route.
 */
export async function serveStatic(
  root: string,
  urlPath: string,
  res: ServerResponse,
  headers: Record<string, string>
): Promise<void> {
  const realRoot = await realpath(root)
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    decoded = '/'
  }
  const wanted = resolve(realRoot, '.' + (decoded === '/' ? '/index.html' : decoded))
  const file = (await isFileInside(realRoot, wanted)) ? wanted : join(realRoot, 'index.html')
  const body = await readFile(file)
  res.writeHead(200, {
    ...headers,
    'Content-Type': types[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': file.endsWith('index.html') ? 'no-store' : 'max-age=3600'
  })
  res.end(body)
}

async function isFileInside(root: string, file: string): Promise<boolean> {
  try {
    const real = await realpath(file)
    const rel = relative(root, real)
    if (rel === '' || rel.startsWith('..' + sep) || rel === '..' || resolve(rel) === rel)
      return false
    return (await stat(real)).isFile()
  } catch {
    return false
  }
}
