#!/usr/bin/env node
// The `postcloud` command: runs the bundled CLI that `npm run build` writes to out/main/cli.js.
const { existsSync } = require('node:fs')
const { join } = require('node:path')

const cli = join(__dirname, '..', 'out', 'main', 'cli.js')
if (!existsSync(cli)) {
  process.stderr.write(
    'postcloud: not built yet. Run `npm run build` in ' + join(__dirname, '..') + '\n'
  )
  process.exit(1)
}
require(cli)
