import { app } from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { bundledResourcesDir, jiebaDictDir as jiebaDictDirIn } from './packaged-paths'
import type { AppLayout } from './packaged-paths'

/** This app's layout: a checkout (main runs from `out/main/`) or a package. */
function layout(): AppLayout {
  return {
    packaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    checkoutRoot: join(__dirname, '..', '..')
  }
}

/** Where the bundled pieces sit, in a checkout and in a packaged app. */
export function resourcesDir(): string {
  return bundledResourcesDir(layout())
}

/** jieba's dictionaries, outside app.asar when packaged (native code cannot read inside it). */
export function jiebaDictDir(): string {
  return jiebaDictDirIn(layout())
}

/**
 * The analysis worker stays inside app.asar when packaged: Electron's worker threads read asar
 * archives (since Electron 18), and code inside the archive is covered by its integrity check.
 */
export function workerScript(): string {
  return join(__dirname, 'analysis-worker.js')
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
