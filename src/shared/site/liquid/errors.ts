/** liquidjs errors (one, or many with catchAllErrors) as diagnostics with file and file line. */
import type { SiteDiagnostic } from '../types'
import type { Runtime } from './runtime'

interface ErrorToken {
  file?: string
  getPosition(): number[]
}

interface LiquidishError {
  message: string
  token?: ErrorToken
  errors?: unknown[]
  originalError?: unknown
}

/** Limits liquidjs enforces ("template render limit exceeded", "memory alloc limit exceeded"…). */
const limitMessage = /limit exceeded/

export function reportLiquidError(
  runtime: Runtime,
  error: unknown,
  fallbackFile: string,
  fallbackLine: number
): void {
  for (const diagnostic of toDiagnostics(runtime, error, fallbackFile, fallbackLine)) {
    if (diagnostic.kind === 'limit') {
      if (runtime.state?.stopped) continue
      runtime.stop('limit', diagnostic.file, diagnostic.line, diagnostic.message)
    } else runtime.report(diagnostic)
  }
}

export function toDiagnostics(
  runtime: Runtime,
  error: unknown,
  fallbackFile: string,
  fallbackLine: number
): SiteDiagnostic[] {
  const err = error as LiquidishError
  if (Array.isArray(err?.errors)) {
    return err.errors.flatMap((inner) => toDiagnostics(runtime, inner, fallbackFile, fallbackLine))
  }
  const message = plainMessage(err)
  const token = err?.token
  const file = token?.file ?? fallbackFile
  const line = token ? runtime.fileLine(token.file, token.getPosition()[0]) : fallbackLine
  if (limitMessage.test(message)) {
    return [{ kind: 'limit', file, line, message: `Rendering stopped: ${message}` }]
  }
  return [{ kind: 'liquid', file, line, message: `Liquid error: ${message}` }]
}

/** The message without the ", file:…, line:…, col:…" liquidjs appends (the diagnostic has them). */
export function plainMessage(err: LiquidishError | undefined): string {
  const original = err?.originalError as { message?: string } | undefined
  const raw = original?.message ?? err?.message ?? String(err)
  return raw.replace(/(, file:[^,]*)?, line:\d+, col:\d+$/, '')
}
