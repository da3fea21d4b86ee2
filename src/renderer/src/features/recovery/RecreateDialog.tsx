import { Dialog } from '../../ui/Dialog'
import { useI18n } from '../../i18n/I18nContext'

interface Props {
  id: string
  onRecreate(): void
  onClose(): void
}

/**
 * Saving a post whose file was deleted or moved on disk writes a new file: something else (the
 * writer in a file manager, git, a sync tool) removed it, so the window asks before putting it back.
 */
export function RecreateDialog({ id, onRecreate, onClose }: Props): React.JSX.Element {
  const { t } = useI18n()
  return (
    <Dialog title={t('recovery.recreateTitle')} testId="recreate-dialog" onClose={onClose}>
      <p>{t('recovery.recreateText', { id })}</p>
      <div className="dialog-buttons">
        <button type="button" data-testid="recreate-cancel" onClick={onClose}>
          {t('app.cancel')}
        </button>
        <button
          type="button"
          className="primary"
          data-testid="recreate-confirm"
          autoFocus
          onClick={onRecreate}
        >
          {t('recovery.recreateConfirm')}
        </button>
      </div>
    </Dialog>
  )
}
