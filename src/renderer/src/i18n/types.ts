import type { Locale } from '@shared/locale'

export type { Locale }

/**
 * One feature's strings in both languages. The Chinese table must have exactly the English keys,
 * so a string missing a translation is a compile error. `{name}` marks a parameter.
 */
export interface FeatureMessages<K extends string> {
  en: Record<K, string>
  'zh-CN': Record<K, string>
}

/** Builds a feature's catalogue with the key set checked in both languages. */
export function defineMessages<K extends string>(messages: FeatureMessages<K>): FeatureMessages<K> {
  return messages
}
