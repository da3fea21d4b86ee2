import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig } from 'vitest/config'
import { analysisCodeHash } from './analysis-code-hash'
import { pathAliases } from './path-aliases'

export default defineConfig({
  resolve: { alias: pathAliases },
  define: { __POSTCLOUD_ANALYSIS_CODE__: JSON.stringify(analysisCodeHash()) },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/fidelity/**/*.test.ts'],
    environment: 'node',
    // Analyses cache segmentations in the user's cache folder; tests keep theirs in a temp one.
    env: { POSTCLOUD_CACHE_DIR: join(tmpdir(), 'postcloud-test-analysis-cache') },
    testTimeout: 30_000,
    hookTimeout: 30_000
  }
})
