import type { Locale } from '@shared/locale'

/**
 * Monaco's own words (find widget, context menu, command palette) come from the translations
 * monaco-editor ships with each release (`esm/vs/nls/lang/`), so they always match its version.
 * Monaco reads them while its modules load, so they must be in place before anything imports
 * monaco-editor, and they stay until the window loads again: the window's own strings follow a
 * language change at once, Monaco's at the next start.
 */
let loaded: Locale | null = null

/** Puts Monaco's table for `locale` in place once; a separate chunk, fetched only in Chinese. */
export async function loadMonacoLanguage(locale: Locale): Promise<void> {
  if (loaded !== null) return
  if (locale === 'zh-CN') await import('monaco-editor/nls/lang/zh-cn.js')
  loaded = locale
}

/** The language Monaco was loaded in, or null before it was chosen. */
export function monacoLanguage(): Locale | null {
  return loaded
}
