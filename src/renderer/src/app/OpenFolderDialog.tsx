import { useState } from 'react'
import { useI18n } from '../i18n/I18nContext'
import { Dialog } from './Dialog'

interface Props {
  recent: string[]
  onOpen(path: string): Promise<boolean>
  onClose(): void
}

/**
 * Open Folder in a browser tab, which has no native folder picker: type or paste a path, or pick a
 * recent folder. (In Electron the native dialog comes first; this is also its Open Recent.)
 */
export function OpenFolderDialog({ recent, onOpen, onClose }: Props): React.JSX.Element {
  const { t } = useI18n()
  const [path, setPath] = useState('')
  const open = (target: string): void => {
    void onOpen(target).then((opened) => opened && onClose())
  }
  return (
    <Dialog title={t('app.openFolderTitle')} testId="open-folder-dialog" onClose={onClose}>
      <form
        className="form-grid"
        onSubmit={(event) => {
          event.preventDefault()
          if (path.trim()) open(path.trim())
        }}
      >
        <label htmlFor="folder-path">{t('app.folderPath')}</label>
        <input
          id="folder-path"
          data-testid="folder-path"
          autoFocus
          spellCheck={false}
          value={path}
          placeholder={t('app.folderPathPlaceholder')}
          onChange={(event) => setPath(event.target.value)}
        />
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            {t('app.cancel')}
          </button>
          <button type="submit" className="primary" disabled={path.trim() === ''}>
            {t('app.open')}
          </button>
        </div>
      </form>
      {recent.length > 0 && (
        <>
          <h3>{t('app.recentFolders')}</h3>
          <ul className="recent-list">
            {recent.map((folder) => (
              <li key={folder}>
                <button type="button" className="link-button" onClick={() => open(folder)}>
                  {folder}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </Dialog>
  )
}
