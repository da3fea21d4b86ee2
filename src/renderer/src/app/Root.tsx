import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react'
import { I18nContext } from '../i18n/I18nContext'
import { resolveLocale } from '@shared/locale'
import { translator } from '../i18n/translate'
import { errorText } from '../ui/errorText'
import { loadMonacoLanguage } from '../features/editor/monacoLanguage'
import { ToastList } from '../ui/ToastList'
import { useSettings } from './useSettings'
import { useTheme } from '../ui/useTheme'
import { useToasts } from '../ui/useToasts'

// The window (and with it Monaco) loads only once Monaco's language is in place: Monaco reads
// its strings while its modules load, and the language is known only from the settings.
const App = lazy(() => import('./App').then((module) => ({ default: module.App })))

/** Loads the settings, then speaks the chosen language and wears the chosen theme. */
export function Root(): React.JSX.Element {
  const toasts = useToasts()
  const { show } = toasts
  const onError = useCallback(
    (error: Error) => show({ kind: 'error', text: errorText(error, translator('en')) }),
    [show]
  )
  const { settings, update } = useSettings(onError)
  const theme = useTheme(settings?.theme ?? 'system')
  const locale = resolveLocale(settings?.language ?? 'system', navigator.languages)
  const i18n = useMemo(() => ({ locale, t: translator(locale) }), [locale])
  useEffect(() => {
    document.documentElement.lang = locale
  }, [locale])
  const [editorLanguageReady, setEditorLanguageReady] = useState(false)
  const settingsLoaded = settings !== null
  useEffect(() => {
    if (!settingsLoaded) return
    const ready = (): void => setEditorLanguageReady(true)
    // Should the table fail to load, the window still opens, with Monaco in English.
    loadMonacoLanguage(locale).then(ready, ready)
  }, [settingsLoaded, locale])
  return (
    <I18nContext.Provider value={i18n}>
      {settings && editorLanguageReady ? (
        <Suspense fallback={<ToastList {...toasts} />}>
          <App settings={{ value: settings, update }} theme={theme} toasts={toasts} />
        </Suspense>
      ) : (
        <ToastList {...toasts} />
      )}
    </I18nContext.Provider>
  )
}
