import { useEffect, useState } from 'react'
import type { ThemeSetting } from '@shared/settings'

export type Theme = 'light' | 'dark'

const darkQuery = '(prefers-color-scheme: dark)'

/**
 * The theme in effect: the setting, or the system's when it says `system` (following changes
 * live). It is written to `<html data-theme>` so every stylesheet can follow it with variables.
 */
export function useTheme(setting: ThemeSetting): Theme {
  const [systemDark, setSystemDark] = useState(() => matchMedia(darkQuery).matches)
  useEffect(() => {
    const query = matchMedia(darkQuery)
    const follow = (): void => setSystemDark(query.matches)
    query.addEventListener('change', follow)
    return () => query.removeEventListener('change', follow)
  }, [])
  const theme: Theme = setting === 'system' ? (systemDark ? 'dark' : 'light') : setting
  useEffect(() => {
    document.documentElement.dataset.theme = theme
  }, [theme])
  return theme
}
