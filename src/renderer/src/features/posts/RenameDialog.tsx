import { useState } from 'react'
import { Dialog } from '../../ui/Dialog'
import { useI18n } from '../../i18n/I18nContext'

interface Props {
  id: string
  onRename(fileName: string): Promise<boolean>
  onClose(): void
}

/** Asks for a post's new file name; the back end says why a name is refused. */
export function RenameDialog({ id, onRename, onClose }: Props): React.JSX.Element {
  const { t } = useI18n()
  const current = id.slice(id.lastIndexOf('/') + 1)
  const [name, setName] = useState(current)
  const [busy, setBusy] = useState(false)
  const changed = name.trim() !== '' && name !== current
  return (
    <Dialog title={t('posts.renameTitle')} testId="rename-dialog" onClose={onClose}>
      <form
        className="form-grid"
        onSubmit={(event) => {
          event.preventDefault()
          if (!changed || busy) return
          setBusy(true)
          void onRename(name.trim()).then((renamed) => {
            setBusy(false)
            if (renamed) onClose()
          })
        }}
      >
        <label htmlFor="rename-name">{t('posts.fieldFileName')}</label>
        <input
          id="rename-name"
          data-testid="rename-input"
          autoFocus
          value={name}
          onFocus={(event) => {
            // Select the name without its extension, as file managers do.
            const dot = event.target.value.lastIndexOf('.')
            event.target.setSelectionRange(0, dot > 0 ? dot : event.target.value.length)
          }}
          onChange={(event) => setName(event.target.value)}
        />
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            {t('app.cancel')}
          </button>
          <button
            type="submit"
            className="primary"
            data-testid="rename-confirm"
            disabled={!changed || busy}
          >
            {t('posts.rename')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
