import { PostcloudError } from '@shared/errors'

/** The `code` of a Node file system error, or undefined. */
export function errnoCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code
  return typeof code === 'string' ? code : undefined
}

/**
 * Turns a file system error into a PostcloudError a writer can act on. `what` names the file by
 * its id (never the absolute path, which the web host must not reveal); `doing` is e.g. 'save'.
 */
export function fsError(error: unknown, what: string, doing: string): PostcloudError {
  if (error instanceof PostcloudError) return error
  const code = errnoCode(error)
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new PostcloudError('NOT_FOUND', `"${what}" does not exist`)
    case 'EACCES':
    case 'EPERM':
      return new PostcloudError('PERMISSION', `Cannot ${doing} "${what}": permission denied`)
    case 'EROFS':
      return new PostcloudError('READ_ONLY', `Cannot ${doing} "${what}": the disk is read-only`)
    case 'ENOSPC':
    case 'EDQUOT':
      return new PostcloudError(
        'DISK_FULL',
        `Cannot ${doing} "${what}": the disk is full; the file on disk was left unchanged`
      )
    case 'EBUSY':
    case 'ETXTBSY':
      return new PostcloudError(
        'BUSY',
        `Cannot ${doing} "${what}": the file is in use by another program; close it there and try again`
      )
    case 'EIO':
      return new PostcloudError(
        'IO_ERROR',
        `Cannot ${doing} "${what}": the disk reported an input/output error (EIO); check the disk or network share`
      )
    case 'EISDIR':
      return new PostcloudError('INVALID_ARGUMENT', `"${what}" is a folder, not a file`)
    case 'EEXIST':
      return new PostcloudError('EXISTS', `"${what}" already exists`)
    case 'ENAMETOOLONG':
      return new PostcloudError(
        'INVALID_ARGUMENT',
        `The name "${what}" is too long for the file system`
      )
    case 'ELOOP':
      return new PostcloudError('INVALID_ARGUMENT', `"${what}" is a symbolic link loop`)
    default: {
      // The system's message names the absolute path; the code alone is enough to act on.
      const detail = code ?? (error instanceof Error ? error.message : String(error))
      return new PostcloudError('INTERNAL', `Cannot ${doing} "${what}": ${detail}`)
    }
  }
}
