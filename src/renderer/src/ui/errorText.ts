import { PostcloudError } from '@shared/errors'
import type { ErrorParams } from '@shared/errors'
import { isMessageKey } from '../i18n/translate'
import type { Translate } from '../i18n/translate'
import type { MessageKey } from '../i18n/catalogue'

/**
 * What a writer reads for a failure, in the window's language: the sentence for the error's code,
 * or for its `reason` param when the catalogue has one (`errors.<CODE>.<reason>`), filled with the
 * error's params (a file name, a URL): such a sentence says it all. A code's sentence the params
 * do not fill leaves the back end's detail to `errors.withDetail`: English adds that English
 * detail (it names the file), other languages leave it out rather than mix two languages.
 */
export function errorText(error: Error, t: Translate): string {
  const code = error instanceof PostcloudError ? error.code : 'INTERNAL'
  const params = error instanceof PostcloudError ? error.params : undefined
  const base: MessageKey = `errors.${code}`
  const specific = params?.reason === undefined ? '' : `${base}.${params.reason}`
  const key = isMessageKey(specific) && fills(t(specific), params) ? specific : base
  const sentence = t(key)
  const complete = key === specific || (/\{\w+\}/.test(sentence) && fills(sentence, params))
  if (complete) return t(key, params)
  return t('errors.withDetail', { sentence, detail: error.message })
}

/** True when the params hold a value for every `{placeholder}` of the sentence. */
function fills(sentence: string, params: ErrorParams | undefined): boolean {
  const names = [...sentence.matchAll(/\{(\w+)\}/g)].map((match) => match[1])
  return names.every((name) => params !== undefined && name in params)
}
