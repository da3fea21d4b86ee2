import type { HistoryEntry } from '@shared/recovery'
import { useI18n } from '../../i18n/I18nContext'

interface Props {
  entries: HistoryEntry[]
  /** The version shown beside the current text, if any. */
  chosen: string | null
  onChoose(entry: HistoryEntry): void
}

/** The kept versions, newest first, each with when it was replaced and its size. */
export function HistoryList({ entries, chosen, onChoose }: Props): React.JSX.Element {
  const { t, locale } = useI18n()
  return (
    <ul className="history-list" aria-label={t('history.versions')}>
      {entries.map((entry) => (
        <li key={entry.version}>
          <button
            type="button"
            className="history-version"
            data-testid="history-version"
            data-version={entry.version}
            aria-pressed={entry.version === chosen}
            onClick={() => onChoose(entry)}
          >
            <span>{new Date(entry.savedAt).toLocaleString(locale)}</span>
            <span className="hint">{formatSize(entry.size, locale)}</span>
          </button>
        </li>
      ))}
    </ul>
  )
}

/** Bytes below a kilobyte, else kilobytes with one decimal, in the window's language. */
function formatSize(bytes: number, locale: string): string {
  const small = bytes < 1024
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: small ? 'byte' : 'kilobyte',
    unitDisplay: 'short',
    maximumFractionDigits: 1
  }).format(small ? bytes : bytes / 1024)
}
