import { useI18n } from '../../i18n/I18nContext'
import { Dialog } from '../../ui/Dialog'

interface Props {
  url: string
  onClose(): void
}

/**
 * A link clicked in the preview leaves the app only after the writer has seen where it goes. The
 * preview passes only http, https and mailto links here; the URL is shown exactly as it will open.
 * Shown by the web host only: in Electron, main asks with a native dialog (src/main/external-links).
 */
export function ExternalLinkDialog({ url, onClose }: Props): React.JSX.Element {
  const { t } = useI18n()
  return (
    <Dialog title={t('app.externalTitle')} testId="external-link-dialog" onClose={onClose}>
      <p>{t('app.externalText')}</p>
      <p className="url">{url}</p>
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          {t('app.cancel')}
        </button>
        <button
          type="button"
          className="primary"
          autoFocus
          onClick={() => {
            openOutside(url)
            onClose()
          }}
        >
          {t('app.openLink')}
        </button>
      </div>
    </Dialog>
  )
}

/**
 * Hands a link to the host: a browser opens a tab; Electron's main process denies the window and,
 * for http, https and mailto only, asks the writer itself before the system browser opens it.
 */
export function openOutside(url: string): void {
  // noopener: the opened page gets no handle on this window.
  window.open(url, '_blank', 'noopener,noreferrer')
}
