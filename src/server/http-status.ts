import type { ErrorCode } from '@shared/errors'

/** HTTP status for each error code of the contract, so clients and logs see the right class. */
export const httpStatus: Record<ErrorCode, number> = {
  NO_FOLDER: 409,
  NOT_FOUND: 404,
  NOT_A_FOLDER: 400,
  OUTSIDE_FOLDER: 403,
  INVALID_ARGUMENT: 400,
  UNPUBLISHED_LINK: 409,
  WRONG_IMAGE_TYPE: 409,
  CONFLICT: 409,
  EXISTS: 409,
  READ_ONLY: 403,
  BINARY_FILE: 415,
  BAD_ENCODING: 415,
  TOO_LARGE: 413,
  FRONT_MATTER: 422,
  PERMISSION: 403,
  DISK_FULL: 507,
  BUSY: 423,
  IO_ERROR: 500,
  UNKNOWN_METHOD: 404,
  INTERNAL: 500
}
