/**
 * Errors that cross the contract. Transports carry only `code` and `message`, so every failure a
 * writer can meet has a code the UI and the CLI can react to without parsing text. The codes are
 * listed once, here: the type, the check of what a transport brings back and the tests read it.
 */
export const errorCodes = [
  'NO_FOLDER',
  'NOT_FOUND',
  'NOT_A_FOLDER',
  'OUTSIDE_FOLDER',
  'INVALID_ARGUMENT',
  'CONFLICT',
  'EXISTS',
  'READ_ONLY',
  'BINARY_FILE',
  'BAD_ENCODING',
  'TOO_LARGE',
  'FRONT_MATTER',
  'PERMISSION',
  'DISK_FULL',
  'BUSY',
  'IO_ERROR',
  'UNKNOWN_METHOD',
  'INTERNAL'
] as const

export type ErrorCode = (typeof errorCodes)[number]

export interface ErrorInfo {
  code: ErrorCode
  message: string
}

export class PostcloudError extends Error {
  readonly code: ErrorCode

  constructor(code: ErrorCode, message: string) {
    super(message)
    this.name = 'PostcloudError'
    this.code = code
  }

  toJSON(): ErrorInfo {
    return { code: this.code, message: this.message }
  }
}

const knownCodes: ReadonlySet<string> = new Set<string>(errorCodes)

/** Turns anything thrown into the JSON-safe shape a transport sends; unknown errors become INTERNAL. */
export function toErrorInfo(error: unknown): ErrorInfo {
  if (error instanceof PostcloudError) return error.toJSON()
  const message = error instanceof Error ? error.message : String(error)
  return { code: 'INTERNAL', message }
}

/** Rebuilds a PostcloudError on the receiving side of a transport. */
export function fromErrorInfo(info: unknown): PostcloudError {
  if (info && typeof info === 'object') {
    const { code, message } = info as Record<string, unknown>
    if (typeof code === 'string' && knownCodes.has(code) && typeof message === 'string') {
      return new PostcloudError(code as ErrorCode, message)
    }
  }
  return new PostcloudError('INTERNAL', 'Malformed error from the back end')
}
