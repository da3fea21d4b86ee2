import { catalogue } from './catalogue'
import type { MessageKey } from './catalogue'
import type { Locale } from './types'

export type Params = Record<string, string | number>
export type Translate = (key: MessageKey, params?: Params) => string

/** A translate function for one locale; `{name}` placeholders take `params.name`. */
export function translator(locale: Locale): Translate {
  const table = catalogue[locale]
  return (key, params) => {
    const text = table[key] ?? catalogue.en[key] ?? key
    if (!params) return text
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole
    )
  }
}

/** True when the catalogue has a string for `key` (a key built at run time, e.g. from a code). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(catalogue.en, key)
}
