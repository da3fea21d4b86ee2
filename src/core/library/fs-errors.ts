import { reasonedError } from '@shared/error-reasons'
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
  const path = { path: what }
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return reasonedError('NOT_FOUND', 'file', `"${what}" does not exist`, path)
    case 'EACCES':
    case 'EPERM':
      return reasonedError(
        'PERMISSION',
        'file',
        `Cannot ${doing} "${what}": permission denied`,
        path
      )
    case 'EROFS':
      return reasonedError(
        'READ_ONLY',
        'file',
        `Cannot ${doing} "${what}": the disk is read-only`,
        path
      )
    case 'ENOSPC':
    case 'EDQUOT':
      return reasonedError(
        'DISK_FULL',
        'file',
        `Cannot ${doing} "${what}": the disk is full; the file on disk was left unchanged`,
        path
      )
    case 'EBUSY':
    case 'ETXTBSY':
      return reasonedError(
        'BUSY',
        'file',
        `Cannot ${doing} "${what}": the file is in use by another program; close it there and try again`,
        path
      )
    case 'EIO':
      return reasonedError(
        'IO_ERROR',
        'file',
        `Cannot ${doing} "${what}": the disk reported an input/output error (EIO); check the disk or network share`,
        path
      )
    case 'EISDIR':
      return reasonedError(
        'INVALID_ARGUMENT',
        'isFolder',
        `"${what}" is a folder, not a file`,
        path
      )
    case 'EEXIST':
      return reasonedError('EXISTS', 'name', `"${what}" already exists`, path)
    case 'ENAMETOOLONG':
      return reasonedError(
        'INVALID_ARGUMENT',
        'nameTooLong',
        `The name "${what}" is too long for the file system`,
        path
      )
    case 'ELOOP':
      return reasonedError(
        'INVALID_ARGUMENT',
        'linkLoop',
        `"${what}" is a symbolic link loop`,
        path
      )
    default: {
      // The system's message names the absolute path; the code alone is enough to act on.
      const detail = code ?? (error instanceof Error ? error.message : String(error))
      return reasonedError('INTERNAL', 'file', `Cannot ${doing} "${what}": ${detail}`, {
        ...path,
        detail
      })
    }
  }
}
