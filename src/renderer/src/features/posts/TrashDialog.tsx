import { useEffect, useState } from 'react'
import type { TrashEntry } from '@shared/trash'
import { api } from '../../api'
import { Dialog } from '../../ui/Dialog'
import { useI18n } from '../../i18n/I18nContext'

interface Props {
  onRestore(entry: string): Promise<boolean>
  onClose(): void
}

/** Posts deleted from this folder in the browser, kept in the app's data folder until restored. */
export function TrashDialog({ onRestore, onClose }: Props): React.JSX.Element {
  const { t, locale } = useI18n()
  const [entries, setEntries] = useState<TrashEntry[] | null>(null)
  const load = (): void => {
    api.listTrash().then(setEntries, () => setEntries([]))
  }
  useEffect(load, [])
  return (
    <Dialog title={t('posts.trashTitle')} testId="trash-dialog" onClose={onClose}>
      {entries?.length === 0 && <p>{t('posts.trashEmpty')}</p>}
      <ul className="trash-list">
        {entries?.map((entry) => (
          <li key={entry.entry}>
            <span className="trash-id">{entry.id}</span>
            <span className="hint">{new Date(entry.deletedAt).toLocaleString(locale)}</span>
            <button type="button" onClick={() => void onRestore(entry.entry).then(load)}>
              {t('posts.restore')}
            </button>
          </li>
        ))}
      </ul>
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          {t('app.close')}
        </button>
      </div>
    </Dialog>
  )
}
