import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from './main'

// Entry of the `postcloud` command (bundled to out/main/cli.js, started by bin/postcloud.js).
const { version } = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')
) as {
  version: string
}
runCli(process.argv.slice(2), version).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`postcloud: ${String(error)}\n`)
    process.exitCode = 1
  }
)
