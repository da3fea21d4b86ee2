import { PostcloudError } from '@shared/errors'

/** The PostcloudError code a promise rejects with ('no error' when it resolves). */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    return error instanceof PostcloudError ? error.code : `not a PostcloudError: ${String(error)}`
  }
  return 'no error'
}
