import type { LanguageSetting } from './settings'

/** The languages Postcloud speaks; `en` is the fallback. */
export type Locale = 'en' | 'zh-CN'

/**
 * The language for a setting: `system` follows the system's preferred languages (the browser's
 * `navigator.languages` in the window, Electron's locale in main), Chinese for any `zh` variant.
 */
export function resolveLocale(setting: LanguageSetting, languages: readonly string[]): Locale {
  if (setting !== 'system') return setting
  return languages.some((language) => language.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en'
}
