import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs'
import { join } from 'node:path'

export interface Log {
  info(message: string): void
  error(message: string, error?: unknown): void
}

/** A log grows to this size, then moves to `<name>.1.log` (one old file is kept). */
const maxBytes = 1024 * 1024

/**
 * A plain-text log in the app's data folder (`<dataDir>/logs/<name>.log`). Writes are
 * synchronous so the last lines before a crash are on disk; a log that cannot be written never
 * takes the app down with it.
 */
export function openLog(dataDir: string, name: string): Log {
  const dir = join(dataDir, 'logs')
  const file = join(dir, `${name}.log`)

  function write(level: string, message: string): void {
    try {
      mkdirSync(dir, { recursive: true })
      if (sizeOf(file) > maxBytes) renameSync(file, join(dir, `${name}.1.log`))
      appendFileSync(file, `${new Date().toISOString()} ${level} ${message}\n`)
    } catch {
      // Logging is best effort: a full disk or a read-only folder must not break the app.
    }
  }

  return {
    info: (message) => write('INFO', message),
    error: (message, error) => {
      const detail = error instanceof Error ? (error.stack ?? error.message) : error
      write('ERROR', detail === undefined ? message : `${message}: ${String(detail)}`)
    }
  }
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size
  } catch {
    return 0
  }
}
