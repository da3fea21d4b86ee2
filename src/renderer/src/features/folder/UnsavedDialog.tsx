import { useState } from 'react'
import { useI18n } from '../../i18n/I18nContext'
import { Dialog } from '../../ui/Dialog'

interface Props {
  ids: string[]
  /** Saves every listed post; false when one of them could not be saved. */
  onSaveAll(): Promise<boolean>
  onDiscard(): void
  onClose(): void
}

/** Before leaving a folder: save the unsaved posts, drop their changes, or stay. */
export function UnsavedDialog({ ids, onSaveAll, onDiscard, onClose }: Props): React.JSX.Element {
  const { t } = useI18n()
  const [busy, setBusy] = useState(false)
  return (
    <Dialog title={t('app.unsavedTitle')} testId="unsaved-dialog" onClose={onClose}>
      <p>{t('app.unsavedText', { count: ids.length })}</p>
      <ul className="unsaved-list">
        {ids.map((id) => (
          <li key={id}>{id}</li>
        ))}
      </ul>
      <div className="dialog-buttons">
        <button
          type="button"
          className="push-left"
          data-testid="unsaved-discard"
          onClick={onDiscard}
        >
          {t('app.discard')}
        </button>
        <button type="button" onClick={onClose}>
          {t('app.cancel')}
        </button>
        <button
          type="button"
          className="primary"
          autoFocus
          data-testid="unsaved-save"
          disabled={busy}
          onClick={() => {
            setBusy(true)
            void onSaveAll().then(() => setBusy(false))
          }}
        >
          {t('app.saveAll')}
        </button>
      </div>
    </Dialog>
  )
}
