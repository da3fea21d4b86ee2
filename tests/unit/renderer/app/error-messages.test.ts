import { describe, expect, it } from 'vitest'
import { catalogue } from '@renderer/i18n/catalogue'
import { errorReasons } from '@shared/error-reasons'
import { errorCodes } from '@shared/errors'

const locales = ['en', 'zh-CN'] as const

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()
}

function table(locale: (typeof locales)[number]): Record<string, string | undefined> {
  return catalogue[locale]
}

describe('the error sentences', () => {
  const reasonKeys = Object.entries(errorReasons).flatMap(([code, reasons]) =>
    reasons.map((reason) => `errors.${code}.${reason}`)
  )

  it('have a sentence in every language for every reason a throw site can name', () => {
    for (const locale of locales) {
      expect(
        reasonKeys.filter((key) => !table(locale)[key]),
        locale
      ).toEqual([])
    }
  })

  it('have a sentence in every language for every code', () => {
    for (const locale of locales) {
      const missing = errorCodes.filter((code) => !table(locale)[`errors.${code}`])
      expect(missing, locale).toEqual([])
    }
  })

  it('name the same params in English and Chinese', () => {
    // `errors.withDetail` differs on purpose: Chinese leaves the English detail out.
    const keys = Object.keys(catalogue.en).filter(
      (key) => key.startsWith('errors.') && key !== 'errors.withDetail'
    )
    for (const key of keys) {
      const en = placeholders(table('en')[key] ?? '')
      expect(placeholders(table('zh-CN')[key] ?? ''), key).toEqual(en)
    }
  })

  it('list no reason twice for a code', () => {
    for (const reasons of Object.values(errorReasons)) {
      expect(new Set<string>(reasons).size).toBe(reasons.length)
    }
  })
})
