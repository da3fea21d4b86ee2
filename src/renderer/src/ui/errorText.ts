import { PostcloudError } from '@shared/errors'
import type { Translate } from '../i18n/translate'

/**
 * What a writer reads for a failure: a sentence in the window's language chosen by the error's
 * code, then the back end's own detail (which names the file and the reason).
 */
export function errorText(error: Error, t: Translate): string {
  const code = error instanceof PostcloudError ? error.code : 'INTERNAL'
  return `${t(`errors.${code}`)} ${error.message}`
}
