import { PostcloudError } from '@shared/errors'
import type { Translate } from '../i18n/translate'

/**
 * What a writer reads for a failure: a sentence in the window's language chosen by the error's
 * code, then the back end's own detail (which names the file and the reason). When the sentence
 * has places for the error's params (a file name, a URL), it says it all with them, and the
 * English detail is left out.
 */
export function errorText(error: Error, t: Translate): string {
  const code = error instanceof PostcloudError ? error.code : 'INTERNAL'
  const params = error instanceof PostcloudError ? error.params : undefined
  const sentence = t(`errors.${code}`)
  if (params && /\{\w+\}/.test(sentence)) return t(`errors.${code}`, params)
  return `${sentence} ${error.message}`
}
