import { join } from 'node:path'

/**
 * Where the app's files sit, in a checkout and in a package built from electron-builder.yml.
 * No Electron import: paths.ts passes in what Electron knows, and tests pass a made-up layout.
 */
export interface AppLayout {
  /** Electron's `app.isPackaged`. */
  packaged: boolean
  /** Electron's `process.resourcesPath`: holds app.asar, app.asar.unpacked and extraResources. */
  resourcesPath: string
  /** The checkout's root (package.json, node_modules/, resources/), used when not packaged. */
  checkoutRoot: string
}

/** Sample posts, templates, stopwords and licences: electron-builder.yml copies resources/ there. */
export function bundledResourcesDir(layout: AppLayout): string {
  return layout.packaged
    ? join(layout.resourcesPath, 'resources')
    : join(layout.checkoutRoot, 'resources')
}

/**
 * The folder of an npm package whose files native code opens by path. Native code cannot read
 * inside app.asar, so packaged such files are unpacked (asarUnpack) beside it.
 */
export function unpackedPackageDir(layout: AppLayout, name: string): string {
  return layout.packaged
    ? join(layout.resourcesPath, 'app.asar.unpacked', 'node_modules', name)
    : join(layout.checkoutRoot, 'node_modules', name)
}

/** jieba's dictionaries, which nodejieba ships in cppjieba's dict/ and cppjieba opens by path. */
export function jiebaDictDir(layout: AppLayout): string {
  return join(unpackedPackageDir(layout, 'nodejieba'), 'submodules', 'cppjieba', 'dict')
}
