#!/usr/bin/env node
// `npm run dev:web`: the web host with hot reload, for working on the window without Electron.
// It builds main once (a development build, into out-dev/ so out/ keeps the production build the
// tests and `postcloud serve` use), starts the renderer's Vite dev server on loopback, and starts
// the host with POSTCLOUD_RENDERER_URL, so the host sends the page from the dev server instead of
// out/renderer (src/server/dev-renderer.ts). Edits under src/renderer apply at once; edits to
// main, core or the host need a restart. Arguments go to `postcloud serve` (e.g. a folder).
import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { resolveConfig } from 'electron-vite'
import { build, createServer, mergeConfig } from 'vite'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = 'out-dev'
process.chdir(root)

// The config `electron-vite dev` uses: development mode, the same plugins and aliases.
const { config } = await resolveConfig({ build: { outDir } }, 'serve', 'development')
await build(config.main)

// Loopback only, on a port of its own; the host proxies the page and Vite's socket from there.
const renderer = await createServer(mergeConfig(config.renderer, { server: { host: '127.0.0.1' } }))
await renderer.listen()
const { port } = renderer.httpServer.address()

const host = spawn(
  process.execPath,
  [join(root, outDir, 'main', 'cli.js'), 'serve', '--no-open', ...process.argv.slice(2)],
  {
    cwd: root,
    // `serve` prints the page address with its token.
    stdio: 'inherit',
    env: { ...process.env, POSTCLOUD_RENDERER_URL: `http://127.0.0.1:${port}` }
  }
)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal))
host.on('exit', async (code) => {
  await renderer.close()
  process.exit(code ?? 0)
})
