/// <reference types="vite/types/importMeta.d.ts" />

/**
 * `npm run dev:web` (scripts/dev-web.mjs) sets this to the address of the renderer's Vite dev
 * server; the web host then sends the page from there, with hot reload, instead of out/renderer.
 */
export const devRendererVariable = 'POSTCLOUD_RENDERER_URL'

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]'])

/**
 * The dev server's origin (`http://127.0.0.1:5173`), or undefined when the variable is unset.
 * Only a plain http address on this machine is taken: the page and every script of the window
 * come from it, so anything else (another host, https we do not proxy, credentials, a path) is
 * refused loudly rather than ignored.
 */
export function devRendererOrigin(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(`${devRendererVariable} is not an address: "${value}".`)
  }
  const bare = !url.username && !url.password && url.pathname === '/' && !url.search && !url.hash
  if (url.protocol !== 'http:' || !loopbackHosts.has(url.hostname) || !bare) {
    throw new Error(
      `${devRendererVariable} must be http://127.0.0.1:<port> (or localhost), not "${value}".`
    )
  }
  return url.origin
}

/**
 * The dev server to proxy the page to, read from the environment only in a development build:
 * `npm run build` compiles this to `undefined`, so a production host always serves out/renderer
 * whatever the environment says.
 */
export function devRendererFromEnv(): string | undefined {
  return import.meta.env.DEV ? devRendererOrigin(process.env[devRendererVariable]) : undefined
}
