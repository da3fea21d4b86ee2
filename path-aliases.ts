// The import aliases (@shared/*, @core/*, …) for Vite, electron-vite and Vitest, read from the
// one place that defines them: tsconfig.base.json's `paths`, which TypeScript, tsx and Playwright
// read themselves.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

interface TsConfig {
  compilerOptions: { paths: Record<string, string[]> }
}

const config = JSON.parse(
  readFileSync(resolve(__dirname, 'tsconfig.base.json'), 'utf8')
) as TsConfig

/** `@core` → `<repo>/src/core`, for each `@core/*` → `./src/core/*` in tsconfig.base.json. */
export const pathAliases: Record<string, string> = Object.fromEntries(
  Object.entries(config.compilerOptions.paths).map(([alias, [target]]) => [
    alias.replace(/\/\*$/, ''),
    resolve(__dirname, target.replace(/\/\*$/, ''))
  ])
)
