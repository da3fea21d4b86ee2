import { useId, useState } from 'react'
import type { RecoverableBuffer } from '@shared/recovery'
import { Dialog } from '../../ui/Dialog'
import { useI18n } from '../../i18n/I18nContext'
import { RecoveryCompare } from './RecoveryCompare'
import './recovery.css'

interface Props {
  buffers: RecoverableBuffer[]
  /** The post's title as the list shows it (its id when unknown). */
  titleOf(id: string): string
  theme: 'light' | 'dark'
  onRestore(buffer: RecoverableBuffer): Promise<void>
  onDiscard(id: string): Promise<void>
  onClose(): void
}

/**
 * Unsaved text that an earlier session left behind (it crashed or was killed), post by post:
 * compare it with the file on disk, restore it into the editor as an unsaved edit, or discard it.
 * Nothing is written to the posts folder here, and closing keeps every undecided buffer.
 */
export function RecoveryDialog({
  buffers,
  titleOf,
  theme,
  onRestore,
  onDiscard,
  onClose
}: Props): React.JSX.Element {
  const { t } = useI18n()
  const [comparing, setComparing] = useState<string | null>(null)
  const compared = buffers.find((buffer) => buffer.id === comparing)
  return (
    <Dialog
      title={t('recovery.title')}
      testId="recovery-dialog"
      className={compared ? 'dialog-wide' : undefined}
      onClose={onClose}
    >
      <p>{t('recovery.text')}</p>
      <ul className="recovery-list">
        {buffers.map((buffer) => (
          <RecoveryItem
            key={buffer.id}
            buffer={buffer}
            title={titleOf(buffer.id)}
            comparing={buffer.id === comparing}
            onCompare={() => setComparing((id) => (id === buffer.id ? null : buffer.id))}
            onRestore={() => onRestore(buffer)}
            onDiscard={() => onDiscard(buffer.id)}
          />
        ))}
      </ul>
      {compared && <RecoveryCompare buffer={compared} theme={theme} />}
      <p className="hint">{t('recovery.laterHint')}</p>
      <div className="dialog-buttons">
        <button type="button" data-testid="recovery-later" onClick={onClose}>
          {t('recovery.later')}
        </button>
      </div>
    </Dialog>
  )
}

interface ItemProps {
  buffer: RecoverableBuffer
  title: string
  comparing: boolean
  onCompare(): void
  onRestore(): Promise<void>
  onDiscard(): Promise<void>
}

function RecoveryItem({
  buffer,
  title,
  comparing,
  onCompare,
  onRestore,
  onDiscard
}: ItemProps): React.JSX.Element {
  const { t, locale } = useI18n()
  const titleId = useId()
  const [busy, setBusy] = useState(false)
  const run = (action: () => Promise<void>) => (): void => {
    setBusy(true)
    void action().finally(() => setBusy(false))
  }
  const time = new Date(buffer.backedUpAt).toLocaleString(locale)
  return (
    <li data-testid="recovery-item" data-id={buffer.id}>
      <span className="recovery-post">
        <strong id={titleId}>{title}</strong>
        <span className="hint">{buffer.id}</span>
        <span className="hint">{t('recovery.backedUpAt', { time })}</span>
      </span>
      <button
        type="button"
        data-testid="recovery-compare"
        aria-describedby={titleId}
        aria-pressed={comparing}
        onClick={onCompare}
      >
        {comparing ? t('recovery.hideCompare') : t('recovery.compare')}
      </button>
      <button
        type="button"
        data-testid="recovery-discard"
        aria-describedby={titleId}
        disabled={busy}
        onClick={run(onDiscard)}
      >
        {t('recovery.discard')}
      </button>
      <button
        type="button"
        className="primary"
        data-testid="recovery-restore"
        aria-describedby={titleId}
        disabled={busy}
        onClick={run(onRestore)}
      >
        {t('recovery.restore')}
      </button>
    </li>
  )
}
