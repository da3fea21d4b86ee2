import { useEffect, useState } from 'react'
import { useI18n } from '../../i18n/I18nContext'
import { Dialog } from '../../ui/Dialog'
import { bundledParts } from './bundled-parts'
import type { BundledPart } from './bundled-parts'
import type { LicenceText } from './licence-texts'

interface Props {
  onClose(): void
}

interface Loaded {
  version: string
  texts: Record<BundledPart, LicenceText[]>
}

/**
 * The app, and the third-party files it ships with their licences, each text readable in full.
 * The texts (a quarter of a megabyte) load with the dialog, not with the window.
 */
export function AboutDialog({ onClose }: Props): React.JSX.Element {
  const { t } = useI18n()
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    let open = true
    import('./licence-texts').then(
      ({ appVersion, licenceTexts }) =>
        open && setLoaded({ version: appVersion, texts: licenceTexts }),
      () => open && setFailed(true)
    )
    return () => {
      open = false
    }
  }, [])
  const pending = failed ? t('about.loadFailed') : t('app.loading')
  return (
    <Dialog title={t('about.title')} testId="about-dialog" onClose={onClose}>
      <p>{loaded ? t('about.version', { version: loaded.version }) : t('app.name')}</p>
      <p>{t('about.summary')}</p>
      <p>{t('about.intro')}</p>
      {bundledParts.map((part) => (
        <section key={part} data-testid={`about-${part}`}>
          <h3>{t(`about.${part}.name`)}</h3>
          <p>{t(`about.${part}.what`)}</p>
          <p className="hint">{t(`about.${part}.licence`)}</p>
          {loaded ? (
            loaded.texts[part].map(({ file, text }) => (
              <details key={file}>
                <summary>{t('about.licenceText', { file })}</summary>
                <pre
                  className="licence-text"
                  tabIndex={0}
                  aria-label={t('about.licenceText', { file })}
                  style={{ maxHeight: '40vh', overflow: 'auto', whiteSpace: 'pre-wrap' }}
                >
                  {text}
                </pre>
              </details>
            ))
          ) : (
            <p className="hint">{pending}</p>
          )}
        </section>
      ))}
      <div className="dialog-buttons">
        <button type="button" className="primary" autoFocus onClick={onClose}>
          {t('app.close')}
        </button>
      </div>
    </Dialog>
  )
}
