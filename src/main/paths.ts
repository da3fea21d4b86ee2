import { app } from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/** Where the bundled pieces sit, in a checkout (`out/main/`) and in a packaged app. */
export function resourcesDir(): string {
  return app.isPackaged
    ? join(process.resourcesPath, 'resources')
    : join(__dirname, '..', '..', 'resources')
}

export function workerScript(): string {
  // Packaged, the worker must sit outside the asar archive to be started as a thread.
  return join(__dirname, 'analysis-worker.js').replace('app.asar', 'app.asar.unpacked')
}

export function rendererIndex(): string {
  return join(__dirname, '..', 'renderer', 'index.html')
}

/** The address the window loads: electron-vite's dev server in development, the built file otherwise. */
export function rendererUrl(): string {
  return process.env.ELECTRON_RENDERER_URL ?? pathToFileURL(rendererIndex()).href
}

/** `POSTCLOUD_DATA_DIR` wins over Electron's userData, as for the CLI and the web host. */
export function dataDir(): string {
  return process.env.POSTCLOUD_DATA_DIR ?? app.getPath('userData')
}
