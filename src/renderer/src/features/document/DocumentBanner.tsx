import { useI18n } from '../../i18n/I18nContext'
import type { OpenDoc } from '../../documents/types'
import { EncodingBanner } from './EncodingBanner'

interface Props {
  doc: OpenDoc
  onRecreate(): void
  /** A GBK/GB18030 post was converted to UTF-8 on disk: reload it. */
  onConverted(): void
  onError(error: Error): void
}

/** Says plainly when the open post is not an ordinary editable file. */
export function DocumentBanner({
  doc,
  onRecreate,
  onConverted,
  onError
}: Props): React.JSX.Element | null {
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
  if (doc.encoding === 'gb18030') {
    return <EncodingBanner doc={doc} onConverted={onConverted} onError={onError} />
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
