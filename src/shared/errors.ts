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
  /** The post's link to an image would not lead to that image on the published site. */
  'UNPUBLISHED_LINK',
  /** The post links its cloud as a file of another image type than the one being exported. */
  'WRONG_IMAGE_TYPE',
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

/**
 * The values a window's sentence for a code needs (a file name, a URL), so it can say the whole
 * thing in the writer's language instead of showing the back end's English message.
 */
export type ErrorParams = Readonly<Record<string, string>>

export interface ErrorInfo {
  code: ErrorCode
  message: string
  params?: ErrorParams
}

export class PostcloudError extends Error {
  readonly code: ErrorCode
  readonly params?: ErrorParams

  constructor(code: ErrorCode, message: string, params?: ErrorParams) {
    super(message)
    this.name = 'PostcloudError'
    this.code = code
    if (params) this.params = params
  }

  toJSON(): ErrorInfo {
    const info: ErrorInfo = { code: this.code, message: this.message }
    if (this.params) info.params = this.params
    return info
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
    const { code, message, params } = info as Record<string, unknown>
    if (typeof code === 'string' && knownCodes.has(code) && typeof message === 'string') {
      return new PostcloudError(code as ErrorCode, message, stringRecord(params))
    }
  }
  return new PostcloudError('INTERNAL', 'Malformed error from the back end')
}

/** Params as sent, when they are a flat record of strings; anything else is dropped. */
function stringRecord(value: unknown): ErrorParams | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined
  const entries = Object.entries(value)
  return entries.every(([, each]) => typeof each === 'string')
    ? Object.fromEntries(entries as Array<[string, string]>)
    : undefined
}
