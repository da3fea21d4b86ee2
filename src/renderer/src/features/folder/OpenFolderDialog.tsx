import { useState } from 'react'
import { api } from '../../api'
import { useI18n } from '../../i18n/I18nContext'
import { Dialog } from '../../ui/Dialog'

interface Props {
  recent: string[]
  onOpen(path: string): Promise<boolean>
  onClose(): void
}

/**
 * Open Folder and Open Recent in one: a recent folder, a typed or pasted path, or (in the desktop
 * app) the system's folder picker. A browser tab has no picker that reveals a folder's path.
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
          {api.host.kind === 'electron' && (
            <button
              type="button"
              className="push-left"
              onClick={() => {
                void api.host.pickFolder().then((picked) => picked && open(picked))
              }}
            >
              {t('app.browse')}
            </button>
          )}
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
