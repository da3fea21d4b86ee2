import { useState } from 'react'
import type { NameDayMismatch } from '@shared/frontmatter/name-day'
import { useI18n } from '../../i18n/I18nContext'

interface Props {
  mismatch: NameDayMismatch
  /** The file cannot be renamed from here (read-only): the notice only tells. */
  disabled: boolean
  /** Renames the post's file; resolves when done (a refusal is shown by the caller). */
  onRename(fileName: string): Promise<unknown>
}

/**
 * The post's date falls on another day than its file name says. Jekyll publishes by the date,
 * but links written before and other tools follow the name, so one click renames the file.
 */
export function NameDayNotice({ mismatch, disabled, onRename }: Props): React.JSX.Element {
  const { t } = useI18n()
  const [busy, setBusy] = useState(false)
  return (
    <div className="fm-notice fm-name-day" role="status" data-testid="fm-name-day">
      <p>{t('frontmatter.nameDay', { dateDay: mismatch.dateDay, nameDay: mismatch.nameDay })}</p>
      {!disabled && (
        <button
          type="button"
          data-testid="fm-rename-to-date"
          disabled={busy}
          onClick={() => {
            setBusy(true)
            void onRename(mismatch.fileName).finally(() => setBusy(false))
          }}
        >
          {t('frontmatter.renameToDate', { fileName: mismatch.fileName })}
        </button>
      )}
    </div>
  )
}
