import { useI18n } from '../i18n/I18nContext'
import type { OpenDoc } from './documents/types'

interface Props {
  doc: OpenDoc
  onRecreate(): void
}

/** Says plainly when the open post is not an ordinary editable file. */
export function DocumentBanner({ doc, onRecreate }: Props): React.JSX.Element | null {
  const { t } = useI18n()
  if (doc.deleted) {
    return (
      <div className="banner banner-warning" role="alert" data-testid="deleted-banner">
        <span>{t('app.deletedOnDisk')}</span>
        <button type="button" onClick={onRecreate}>
          {t('app.recreate')}
        </button>
      </div>
    )
  }
  if (doc.readOnly) {
    return (
      <div className="banner" role="status">
        {t('app.readOnlyFile')}
      </div>
    )
  }
  if (doc.saveError) {
    return (
      <div className="banner banner-error" role="alert">
        {t('app.saveFailed', { reason: doc.saveError })}
      </div>
    )
  }
  return null
}
