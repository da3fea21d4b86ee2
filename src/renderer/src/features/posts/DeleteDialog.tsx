import { Dialog } from '../../ui/Dialog'
import { useI18n } from '../../i18n/I18nContext'

interface Props {
  id: string
  title: string
  /** Where the post goes: the system trash (Electron) or Postcloud's own trash (browser). */
  systemTrash: boolean
  dirty: boolean
  onDelete(): void
  onClose(): void
}

/** Confirms a delete, saying where the post goes and that it can come back. */
export function DeleteDialog({
  id,
  title,
  systemTrash,
  dirty,
  onDelete,
  onClose
}: Props): React.JSX.Element {
  const { t } = useI18n()
  return (
    <Dialog title={t('posts.deleteTitle')} testId="delete-dialog" onClose={onClose}>
      <p>{t('posts.deleteQuestion', { title, id })}</p>
      <p className="hint">
        {systemTrash ? t('posts.deleteToSystemTrash') : t('posts.deleteToAppTrash')}
      </p>
      {dirty && <p className="warning">{t('posts.deleteDirty')}</p>}
      <div className="dialog-buttons">
        <button type="button" autoFocus onClick={onClose}>
          {t('app.cancel')}
        </button>
        <button
          type="button"
          className="danger"
          data-testid="delete-confirm"
          onClick={() => {
            onDelete()
            onClose()
          }}
        >
          {t('posts.delete')}
        </button>
      </div>
    </Dialog>
  )
}
