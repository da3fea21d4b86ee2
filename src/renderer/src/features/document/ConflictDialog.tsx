import { lazy, Suspense, useState } from 'react'
import { useI18n } from '../../i18n/I18nContext'
import { Dialog } from '../../ui/Dialog'
import type { Conflict } from '../../documents/types'
import type { Theme } from '../../ui/useTheme'

const CompareView = lazy(() =>
  import('../editor/CompareView').then((module) => ({ default: module.CompareView }))
)

interface Props {
  conflict: Conflict
  mine: string
  theme: Theme
  onKeepMine(): void
  onTakeTheirs(): void
  onClose(): void
}

/** The file changed on disk while the buffer had unsaved edits: never a silent overwrite. */
export function ConflictDialog({
  conflict,
  mine,
  theme,
  onKeepMine,
  onTakeTheirs,
  onClose
}: Props): React.JSX.Element {
  const { t } = useI18n()
  const [comparing, setComparing] = useState(false)
  return (
    <Dialog
      title={t('app.conflictTitle')}
      testId="conflict-dialog"
      className={comparing ? 'dialog-wide' : undefined}
      onClose={onClose}
    >
      <p>{t('app.conflictText', { id: conflict.id })}</p>
      {comparing && (
        <div className="compare" aria-label={t('app.compareLabel')}>
          <div className="compare-legend">
            <span>{t('app.compareTheirs')}</span>
            <span>{t('app.compareMine')}</span>
          </div>
          <Suspense fallback={<p>{t('app.loading')}</p>}>
            <CompareView mine={mine} theirs={conflict.theirs.raw} theme={theme} />
          </Suspense>
        </div>
      )}
      <div className="dialog-buttons">
        <button
          type="button"
          data-testid="conflict-compare"
          onClick={() => setComparing((on) => !on)}
        >
          {comparing ? t('app.hideCompare') : t('app.compare')}
        </button>
        <button type="button" data-testid="conflict-theirs" onClick={onTakeTheirs}>
          {t('app.takeTheirs')}
        </button>
        <button
          type="button"
          className="primary"
          data-testid="conflict-mine"
          autoFocus
          onClick={onKeepMine}
        >
          {t('app.keepMine')}
        </button>
      </div>
    </Dialog>
  )
}
