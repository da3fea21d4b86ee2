import { PostcloudError } from '@shared/errors'
import { cloudCommand } from './commands/cloud'
import { fmCommand } from './commands/fm'
import { keywordsCommand } from './commands/keywords'
import { lintCommand } from './commands/lint'
import { newCommand } from './commands/new'
import { previewCommand } from './commands/preview'
import { samplesCommand } from './commands/samples'
import { serveCommand } from './commands/serve'
import { mainHelp } from './help'
import { UsageError } from './usage-error'

const commands: Record<string, (argv: string[]) => Promise<number>> = {
  cloud: cloudCommand,
  fm: fmCommand,
  keywords: keywordsCommand,
  lint: lintCommand,
  new: newCommand,
  preview: previewCommand,
  samples: samplesCommand,
  serve: serveCommand
}

/** Runs one command line and returns the exit code; errors are printed, never thrown. */
export async function runCli(argv: string[], version: string): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    process.stdout.write(mainHelp)
    return name === undefined ? 2 : 0
  }
  if (name === '-v' || name === '--version') {
    process.stdout.write(`${version}\n`)
    return 0
  }
  const command = commands[name]
  if (!command) {
    process.stderr.write(`postcloud: unknown command "${name}". See postcloud --help.\n`)
    return 2
  }
  try {
    return await command(rest)
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      process.stderr.write(
        `postcloud ${name}: ${(error as Error).message}\nSee postcloud ${name} --help.\n`
      )
      return 2
    }
    const message =
      error instanceof PostcloudError || error instanceof Error ? error.message : String(error)
    process.stderr.write(`postcloud ${name}: ${message}\n`)
    return 1
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')
}
