import { spawn } from 'node:child_process'
import { parseArgs } from 'node:util'
import { openLog } from '@core/app-data/log-file'
import { openStartFolder } from '@core/app-data/start-folder'
import { startCore } from '@core/start'
import { startWebHost } from '@server/web-host'
import { refuseAppResources } from '../app-resources'
import { bundlePaths } from '../bundle-paths'
import { serveHelp } from '../help'
import { UsageError } from '../usage-error'

export async function serveCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      token: { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false }
    }
  })
  if (values.help) {
    process.stdout.write(serveHelp)
    return 0
  }
  if (positionals.length > 1) throw new UsageError('serve takes at most one folder.')
  const port = values.port === undefined ? 0 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port must be a port number, not "${values.port}".`)
  }
  if (values.token !== undefined && !/^[\w-]{16,}$/.test(values.token)) {
    throw new UsageError('--token must be at least 16 letters, digits, - or _.')
  }
  // The window saves, exports and renames in the folder it serves.
  if (positionals[0] !== undefined) await refuseAppResources(positionals[0])

  // Listen before anything starts or is printed: a Ctrl-C that comes in the moment the address
  // appears (or during start-up) must still close the server and the core, not kill the process.
  const stopRequested = new Promise<void>((resolve) => {
    process.once('SIGINT', resolve)
    process.once('SIGTERM', resolve)
  })
  const paths = bundlePaths()
  const api = startCore(paths)
  try {
    const folder = positionals[0]
      ? await api.openFolder(positionals[0])
      : await openStartFolder(api, paths.resourcesDir, paths.dataDir)
    const log = openLog(paths.dataDir, 'web-host')
    const host = await startWebHost({
      api,
      rendererDir: paths.rendererDir,
      port,
      token: values.token,
      log
    })
    log.info(`serving ${folder.path} on ${host.origin}`)

    process.stdout.write(`Postcloud is serving ${folder.path}\nOpen ${host.url}\n`)
    if (!values['no-open']) openBrowser(host.url)

    await stopRequested
    await host.close()
  } finally {
    // Also when the folder or the port fails: the analysis workers must not outlive the command.
    await api.close()
  }
  return 0
}

/** Best effort: a machine without a desktop simply keeps the printed address. */
function openBrowser(url: string): void {
  const command =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open'
  const child = spawn(command, [url], { stdio: 'ignore', detached: true })
  child.on('error', () => undefined)
  child.unref()
}
