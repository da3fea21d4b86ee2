import { useState } from 'react'
import { api } from '../../api'
import { useI18n } from '../../i18n/I18nContext'
import { Dialog } from '../../ui/Dialog'
import type { OpenDoc } from '../../documents/types'

interface Props {
  doc: OpenDoc
  /** The file on disk is UTF-8 now: read it again into the buffer (editable from then on). */
  onConverted(): void
  onError(error: Error): void
}

/**
 * A GBK/GB18030 post is shown read-only: saving the decoded text would change the file's
 * encoding behind the writer's back. Converting is offered here, and only after a confirmation,
 * because it rewrites the file on disk.
 */
export function EncodingBanner({ doc, onConverted, onError }: Props): React.JSX.Element {
  const { t } = useI18n()
  const [confirming, setConfirming] = useState(false)
  const [converting, setConverting] = useState(false)

  const convert = async (): Promise<void> => {
    setConverting(true)
    try {
      await api.convertToUtf8(doc.id, doc.stamp)
      onConverted()
    } catch (error) {
      onError(error as Error)
    } finally {
      setConverting(false)
      setConfirming(false)
    }
  }

  return (
    <div className="banner banner-warning" role="status" data-testid="encoding-banner">
      <span>{t('app.gb18030File')}</span>
      <button type="button" onClick={() => setConfirming(true)} disabled={converting}>
        {t('app.convertToUtf8')}
      </button>
      {confirming && (
        <Dialog
          title={t('app.convertTitle')}
          testId="convert-dialog"
          onClose={() => setConfirming(false)}
        >
          <p>{t('app.convertText', { id: doc.id })}</p>
          <div className="dialog-buttons">
            <button type="button" onClick={() => setConfirming(false)}>
              {t('app.cancel')}
            </button>
            <button
              type="button"
              className="primary"
              autoFocus
              disabled={converting}
              onClick={() => void convert()}
            >
              {t('app.convert')}
            </button>
          </div>
        </Dialog>
      )}
    </div>
  )
}
