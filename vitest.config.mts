import { defineConfig } from 'vitest/config'
import { pathAliases } from './path-aliases'

export default defineConfig({
  resolve: { alias: pathAliases },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/fidelity/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000
  }
})
