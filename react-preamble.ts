import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'

const moduleUrl = '/@react-preamble'

/**
 * Hot reload of React components under the window's Content-Security-Policy. In the dev server
 * @vitejs/plugin-react writes its Fast Refresh preamble into index.html as an inline script, which
 * the policy (script-src 'self', in the page's meta tag and in the headers of Electron and the web
 * host) refuses; without the preamble every component module throws "can't detect preamble". So
 * the dev server loads the same code as a module of the page's own origin instead, through the
 * plugin's `@vitejs/plugin-react/preamble`. Builds have no preamble, and this plugin does nothing
 * there.
 */
export function reactPreambleAsModule(): Plugin {
  const inline = `<script type="module">${react.preambleCode.replace('__BASE__', '/')}</script>`
  return {
    name: 'postcloud:react-preamble-as-module',
    apply: 'serve',
    resolveId: (id) => (id === moduleUrl ? id : undefined),
    load: (id) => (id === moduleUrl ? "import '@vitejs/plugin-react/preamble'" : undefined),
    transformIndexHtml: {
      // After plugin-react has added its inline script.
      order: 'post',
      handler(html) {
        // Loud, so an update of plugin-react that writes the preamble differently is noticed here
        // rather than as a blank window.
        if (!html.includes(inline)) throw new Error('@vitejs/plugin-react’s preamble changed.')
        return html.replace(inline, `<script type="module" src="${moduleUrl}"></script>`)
      }
    }
  }
}
