import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { analysisCodeHash } from './analysis-code-hash'
import { pathAliases } from './path-aliases'
import { reactPreambleAsModule } from './react-preamble'

/**
 * One build for everything. The main build also emits the command line and the analysis and cloud workers,
 * so the CLI, the web host and the Electron app all run the same bundled core from `out/main/`.
 */
export default defineConfig({
  main: {
    resolve: { alias: pathAliases },
    define: { __POSTCLOUD_ANALYSIS_CODE__: JSON.stringify(analysisCodeHash()) },
    build: {
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          cli: resolve('src/cli/index.ts'),
          'analysis-worker': resolve('src/core/analysis/worker.ts'),
          'cloud-worker': resolve('src/core/cloud-render/render-worker.ts')
        },
        // Chunks sit beside the entries, not in chunks/: the CLI loads each command as its own
        // chunk, and code such as src/cli/bundle-paths.ts finds the workers, resources/ and
        // renderer/ from its own __dirname, which must be out/main/ wherever the module lands.
        output: { chunkFileNames: '[name]-[hash].js' }
      }
    }
  },
  preload: {
    resolve: { alias: pathAliases },
    build: {
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') }
      }
    }
  },
  renderer: {
    root: resolve('src/renderer'),
    resolve: { alias: pathAliases },
    build: {
      // Monaco and React are megabytes unminified; the window (and the web host) loads them on
      // every start, so the renderer ships minified.
      minify: true,
      // Monaco alone is over 3 MB minified and loads from disk, not a network: no warning for it.
      chunkSizeWarningLimit: 5000,
      rollupOptions: {
        input: { index: resolve('src/renderer/index.html') }
      }
    },
    plugins: [react(), reactPreambleAsModule()]
  }
})
