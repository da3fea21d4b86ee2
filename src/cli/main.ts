import { PostcloudError } from '@shared/errors'
import {
  cloudHelp,
  fmHelp,
  keywordsHelp,
  lintHelp,
  mainHelp,
  newHelp,
  previewHelp,
  samplesHelp,
  serveHelp,
  trendsHelp
} from './help'
import { tuneForBatch } from './batch-tuning'
import { UsageError } from './usage-error'

type Command = (argv: string[]) => Promise<number>

/**
 * Each command's module is imported only when that command runs: between them the commands pull
 * in the canvas, jieba, the Markdown and Liquid engines and the folder watcher, and `--help`,
 * `--version`, `<command> --help` or one command should pay for none of the others (the bundle
 * makes each import its own chunk).
 */
const commands: Record<string, { help: string; load: () => Promise<Command>; batch?: true }> = {
  cloud: {
    help: cloudHelp,
    load: async () => (await import('./commands/cloud')).cloudCommand,
    batch: true
  },
  fm: { help: fmHelp, load: async () => (await import('./commands/fm')).fmCommand },
  keywords: {
    help: keywordsHelp,
    load: async () => (await import('./commands/keywords')).keywordsCommand,
    batch: true
  },
  lint: { help: lintHelp, load: async () => (await import('./commands/lint')).lintCommand },
  new: { help: newHelp, load: async () => (await import('./commands/new')).newCommand },
  preview: {
    help: previewHelp,
    load: async () => (await import('./commands/preview')).previewCommand
  },
  samples: {
    help: samplesHelp,
    load: async () => (await import('./commands/samples')).samplesCommand
  },
  serve: { help: serveHelp, load: async () => (await import('./commands/serve')).serveCommand },
  trends: {
    help: trendsHelp,
    load: async () => (await import('./commands/trends')).trendsCommand,
    batch: true
  }
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
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined
  if (!command) {
    process.stderr.write(`postcloud: unknown command "${name}". See postcloud --help.\n`)
    return 2
  }
  if (asksForHelp(rest)) {
    process.stdout.write(command.help)
    return 0
  }
  try {
    if (command.batch) tuneForBatch()
    const run = await command.load()
    return await run(rest)
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

/** `-h` or `--help` among the options (not after `--`, where it would be a file's name). */
function asksForHelp(argv: string[]): boolean {
  const end = argv.indexOf('--')
  const options = end === -1 ? argv : argv.slice(0, end)
  return options.includes('-h') || options.includes('--help')
}
