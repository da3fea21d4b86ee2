import { basename, join, resolve } from 'node:path'
import { build } from 'esbuild'

/**
 * A TypeScript script bundled into one plain JavaScript file, for tests that start it as a child
 * process many times: node starts it in ~50 ms against ~200 ms through tsx's loader, which keeps
 * hundreds of process starts inside a test's time budget on two cores.
 */
export async function bundledScript(entry: string, outDir: string): Promise<string> {
  const outfile = join(outDir, `${basename(entry, '.ts')}.mjs`)
  await build({
    entryPoints: [resolve(entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'error'
  })
  return outfile
}
