import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { writeSampleSite } from '@core/app-data/sample-folder'
import { refuseAppResources } from '../app-resources'
import { bundlePaths } from '../bundle-paths'
import { samplesHelp } from '../help'
import { UsageError } from '../usage-error'

/** `postcloud samples <dir>`: a fresh copy of the bundled sample site to try every command on. */
export async function samplesCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h', default: false } }
  })
  if (values.help) {
    process.stdout.write(samplesHelp)
    return 0
  }
  if (positionals.length !== 1) throw new UsageError('samples needs one folder to write into.')
  const target = resolve(positionals[0])
  await refuseAppResources(target)
  const files = await writeSampleSite(bundlePaths().resourcesDir, target)
  const posts = files.filter((file) => /^_(posts|drafts)\/.*\.md$/.test(file)).length
  process.stdout.write(
    `Wrote the sample site (${files.length} files, ${posts} posts) to ${target}:\n` +
      files.map((file) => `  ${file}\n`).join('')
  )
  return 0
}
