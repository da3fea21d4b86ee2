// What the set-up shows of a successful `npm ci`: nothing but the warnings someone should act on.
// Node built-ins only: it runs before anything is installed.

/**
 * Engine warnings checked and found harmless on the Node that package.json `engines` names
 * (>= 20.19). These ES-module packages ask for Node >= 22.12, the first 22.x that loads ES
 * modules with require() without a flag; 20.19 does too, and they load and run on it. They serve
 * `npm run dist` only. Every electron-builder since 26.1 depends on @electron/rebuild 4, and every
 * release of that asks for Node 22.12: only electron-builder 26.0.x, 17 releases back, would not.
 * A warning for any other package or range still shows; tests/unit/packaging/engines.test.ts
 * keeps this list in step with the lock file.
 */
export const harmlessEngineWarnings = [
  {
    name: '@electron/fuses',
    required: '>=22.12.0',
    reason:
      'scripts/after-pack.mjs flips the fuses of a packaged app with it; its unit test runs it on Node 20.'
  },
  {
    name: '@electron/rebuild',
    required: '>=22.12.0',
    reason:
      'electron-builder rebuilds native modules with it; electron-builder.yml sets npmRebuild: false.'
  },
  {
    name: 'node-abi',
    required: '>=22.12.0',
    reason: 'only @electron/rebuild uses it.'
  }
]

const enginePrefix = /^npm warn EBADENGINE\s?/i

/** `@scope/name@1.2.3` → `@scope/name`. */
function packageName(spec) {
  const at = spec.lastIndexOf('@')
  return at > 0 ? spec.slice(0, at) : spec
}

/** Whether one `Unsupported engine { … }` block names a package and range listed above. */
function isHarmless(block) {
  const text = block.join('\n')
  const spec = /package: '([^']+)'/.exec(text)?.[1]
  const required = /required: \{ node: '([^']+)'/.exec(text)?.[1]
  if (spec === undefined || required === undefined) return false
  const name = packageName(spec)
  return harmlessEngineWarnings.some((entry) => entry.name === name && entry.required === required)
}

/**
 * The lines of a successful `npm ci`'s stderr worth showing: every warning except the engine
 * blocks listed in harmlessEngineWarnings. npm prints each engine warning as a block of
 * `npm warn EBADENGINE` lines from `Unsupported engine {` to `}`.
 */
export function warningsWorthShowing(stderr) {
  const shown = []
  let block = null
  for (const line of stderr.split(/\r?\n/)) {
    if (enginePrefix.test(line)) {
      const rest = line.replace(enginePrefix, '')
      if (block === null) block = []
      block.push(line)
      if (rest.trim() === '}') {
        if (!isHarmless(block)) shown.push(...block)
        block = null
      }
      continue
    }
    if (block !== null) shown.push(...block)
    block = null
    if (/^npm (warn|error)\b/i.test(line)) shown.push(line)
  }
  if (block !== null) shown.push(...block)
  return shown
}
