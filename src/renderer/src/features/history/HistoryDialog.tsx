import { lazy, Suspense, useEffect, useState } from 'react'
import type { HistoryEntry } from '@shared/recovery'
import { api } from '../../api'
import { Dialog } from '../../ui/Dialog'
import { errorText } from '../../ui/errorText'
import { useI18n } from '../../i18n/I18nContext'
import { HistoryList } from './HistoryList'
import './history.css'

const CompareView = lazy(() =>
  import('../editor/CompareView').then((module) => ({ default: module.CompareView }))
)

interface Props {
  id: string
  title: string
  /** The buffer's text now, unsaved edits included. */
  current: string
  readOnly: boolean
  theme: 'light' | 'dark'
  /** Puts a version's text into the buffer as an unsaved, undoable edit. */
  onRestore(text: string): void
  onClose(): void
}

interface Chosen {
  entry: HistoryEntry
  text: string
}

/**
 * The versions of a post that saves replaced, newest first: pick one to see it beside the current
 * text, and restore it into the editor. Nothing is written to disk here; the writer saves.
 */
export function HistoryDialog(props: Props): React.JSX.Element {
  const { id, current, theme } = props
  const { t, locale } = useI18n()
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null)
  const [chosen, setChosen] = useState<Chosen | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    api.listHistory(id).then(
      (list) => live && setEntries(list),
      (error: Error) => live && setProblem(errorText(error, t))
    )
    return () => {
      live = false
    }
  }, [id, t])

  const choose = (entry: HistoryEntry): void => {
    api.readHistoryVersion(id, entry.version).then(
      (text) => {
        setProblem(null)
        setChosen({ entry, text })
      },
      (error: Error) => setProblem(errorText(error, t))
    )
  }

  return (
    <Dialog
      title={t('history.title', { title: props.title })}
      testId="history-dialog"
      className="dialog-wide"
      onClose={props.onClose}
    >
      {entries?.length === 0 && <p data-testid="history-empty">{t('history.empty')}</p>}
      {problem && <p className="warning">{problem}</p>}
      {entries && entries.length > 0 && (
        <div className="history-body">
          <HistoryList entries={entries} chosen={chosen?.entry.version ?? null} onChoose={choose} />
          {chosen ? (
            <div className="compare" aria-label={t('history.compareLabel')}>
              <div className="compare-legend">
                <span>
                  {t('history.compareVersion', {
                    time: new Date(chosen.entry.savedAt).toLocaleString(locale)
                  })}
                </span>
                <span>{t('history.compareCurrent')}</span>
              </div>
              <Suspense fallback={<p>{t('app.loading')}</p>}>
                <CompareView
                  theirs={chosen.text}
                  mine={current}
                  theme={theme}
                  labels={{
                    theirs: t('history.compareVersionLabel'),
                    mine: t('history.compareCurrentLabel')
                  }}
                />
              </Suspense>
            </div>
          ) : (
            <p className="hint">{t('history.pick')}</p>
          )}
        </div>
      )}
      <p className="hint">{props.readOnly ? t('history.readOnly') : t('history.restoreHint')}</p>
      <div className="dialog-buttons">
        <button type="button" onClick={props.onClose}>
          {t('app.close')}
        </button>
        <button
          type="button"
          className="primary"
          data-testid="history-restore"
          disabled={!chosen || props.readOnly}
          onClick={() => chosen && props.onRestore(chosen.text)}
        >
          {t('history.restore')}
        </button>
      </div>
    </Dialog>
  )
}
