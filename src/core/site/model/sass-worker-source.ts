/**
 * The Sass worker's code, run with `new Worker(code, { eval: true })` so it needs no separate
 * bundle entry. Plain CommonJS: it loads `sass` from the path the main thread resolved.
 *
 * Confinement: Sass never touches the disk on its own (no `loadPaths`). Every `@import`/`@use`
 * goes through one importer with its own URL scheme; it resolves partials (`_name.scss`,
 * `name/_index.scss`, …) inside the load paths or next to the importing file, and loads a file
 * only when its real path is inside an allowed root (the site, the theme). A `../../etc` or a
 * link out is simply not found.
 */
export const sassWorkerSource = String.raw`
const { parentPort, workerData } = require('node:worker_threads')
const fs = require('node:fs')
const path = require('node:path')
const { pathToFileURL, fileURLToPath } = require('node:url')
const sass = require(workerData.sassPath)

const SCHEME = 'postcloud-sass:'

function inside(roots, real) {
  return roots.some((root) => real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep))
}

function toUrl(file) {
  return new URL(SCHEME + pathToFileURL(file).pathname)
}

function fromUrl(url) {
  return fileURLToPath('file://' + url.pathname)
}

function candidates(base) {
  const dir = path.dirname(base)
  const name = path.basename(base)
  const ext = path.extname(name)
  if (ext === '.scss' || ext === '.sass' || ext === '.css') return [base, path.join(dir, '_' + name)]
  const out = []
  for (const e of ['.scss', '.sass', '.css']) out.push(path.join(dir, '_' + name + e), path.join(dir, name + e))
  for (const e of ['.scss', '.sass', '.css']) out.push(path.join(base, '_index' + e), path.join(base, 'index' + e))
  return out
}

function findFile(base, roots) {
  for (const file of candidates(base)) {
    let real
    try {
      real = fs.realpathSync(file)
    } catch {
      continue
    }
    if (!inside(roots, real)) continue
    try {
      if (fs.statSync(real).isFile()) return real
    } catch {}
  }
  return null
}

function compile(job) {
  const loaded = new Map()
  const importer = {
    canonicalize(url, context) {
      if (url.startsWith(SCHEME)) {
        const found = findFile(fromUrl(new URL(url)), job.roots)
        return found ? toUrl(found) : null
      }
      if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('/')) return null
      for (const dir of job.loadPaths) {
        const found = findFile(path.join(dir, url), job.roots)
        if (found) return toUrl(found)
      }
      return null
    },
    load(canonical) {
      const file = fromUrl(canonical)
      const real = fs.realpathSync(file)
      if (!inside(job.roots, real)) return null
      const stats = fs.statSync(real)
      loaded.set(real, stats.mtimeMs + ':' + stats.size)
      const ext = path.extname(real)
      return { contents: fs.readFileSync(real, 'utf8'), syntax: ext === '.sass' ? 'indented' : ext === '.css' ? 'css' : 'scss' }
    }
  }
  try {
    const result = sass.compileString(job.source, {
      url: toUrl(job.entry),
      importer,
      importers: [importer],
      syntax: job.indented ? 'indented' : 'scss',
      style: job.style,
      charset: false,
      logger: { warn() {}, debug() {} }
    })
    return { ok: true, css: result.css, files: [...loaded.entries()] }
  } catch (error) {
    const span = error && error.span
    let file = null
    if (span && span.url && String(span.url).startsWith(SCHEME)) file = fromUrl(span.url)
    return {
      ok: false,
      message: String((error && error.sassMessage) || (error && error.message) || error),
      file,
      line: span ? span.start.line + 1 : null,
      files: [...loaded.entries()]
    }
  }
}

parentPort.on('message', (job) => {
  parentPort.postMessage({ id: job.id, result: compile(job) })
})
`
