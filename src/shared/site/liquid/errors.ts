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

/**
 * liquidjs checks its render limit before each template and throws without a position, and the
 * check that follows the failed one throws again from outside any tag. The innermost loop the
 * first error passes through says where it happened and stops the render there, so the
 * diagnostic points at the loop and not at the top of the file.
 */
export function stopAtLoop(runtime: Runtime, error: unknown, token: ErrorToken): void {
  const err = error as LiquidishError | null
  if (!err || typeof err !== 'object' || runtime.state?.stopped) return
  if (err.token || !limitMessage.test(plainMessage(err))) return
  err.token = token
  reportLiquidError(runtime, err, token.file ?? '', 1)
}

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
