import { useCallback, useEffect, useMemo } from 'react'
import { I18nContext } from '../i18n/I18nContext'
import { resolveLocale } from '@shared/locale'
import { translator } from '../i18n/translate'
import { App } from './App'
import { errorText } from '../ui/errorText'
import { ToastList } from '../ui/ToastList'
import { useSettings } from './useSettings'
import { useTheme } from '../ui/useTheme'
import { useToasts } from '../ui/useToasts'

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
  return (
    <I18nContext.Provider value={i18n}>
      {settings ? (
        <App settings={{ value: settings, update }} theme={theme} toasts={toasts} />
      ) : (
        <ToastList {...toasts} />
      )}
    </I18nContext.Provider>
  )
}
