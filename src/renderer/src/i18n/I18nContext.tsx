import { createContext, useContext } from 'react'
import type { Translate } from './translate'
import { translator } from './translate'
import type { Locale } from './types'

export interface I18n {
  locale: Locale
  t: Translate
}

export const I18nContext = createContext<I18n>({ locale: 'en', t: translator('en') })

/** The current language's translate function (and the locale, for dates and numbers). */
export function useI18n(): I18n {
  return useContext(I18nContext)
}
