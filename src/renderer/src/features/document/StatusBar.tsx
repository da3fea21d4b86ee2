import { useMemo } from 'react'
import { countDocument, roundedReadingMinutes } from '@shared/document/counts'
import { countScripts } from '@shared/document/scripts'
import type { LineEnding, PostEncoding } from '@shared/post'
import type { MessageKey } from '../../i18n/catalogue'
import { useI18n } from '../../i18n/I18nContext'
import { useDeferredCompute } from './useDeferredCompute'
import './document.css'

export type SaveState = 'saved' | 'dirty' | 'saving' | 'error' | 'readonly'

/** The editor's selection: its size as the editor counts it, and its text. */
export interface EditorSelection {
  chars: number
  lines: number
  text: string
}

export interface StatusBarProps {
  /** The editor buffer, the whole file (front matter included; it is not counted). */
  source: string
  /** The current selection, or null when nothing is selected. */
  selection: EditorSelection | null
  saveState: SaveState
  /** Whether the file starts with a byte order mark (kept on save). */
  bom: boolean
  encoding: PostEncoding
  lineEnding: LineEnding
}

const saveStateKeys: Record<SaveState, MessageKey> = {
  saved: 'document.saved',
  dirty: 'document.dirty',
  saving: 'document.saving',
  error: 'document.saveError',
  readonly: 'document.readonly'
}

const lineEndingKeys: Record<LineEnding, MessageKey> = {
  lf: 'document.lf',
  crlf: 'document.crlf',
  mixed: 'document.mixed',
  none: 'document.noLineBreak'
}

/**
 * The strip under the editor: Chinese characters, English words and reading time of the post's
 * prose (counted ~150 ms after typing stops, see shared/document/counts.ts for what counts), the
 * selection's size, and the file's save state, encoding and line endings.
 */
export function StatusBar({
  source,
  selection,
  saveState,
  bom,
  encoding,
  lineEnding
}: StatusBarProps): React.JSX.Element {
  const { t, locale } = useI18n()
  const counts = useDeferredCompute(source, countDocument).value
  const number = useMemo(() => new Intl.NumberFormat(locale), [locale])
  const selectedText = selection && selection.chars > 0 ? selection.text : null
  const selectedHan = useMemo(
    () => (selectedText === null ? 0 : countScripts(selectedText).han),
    [selectedText]
  )
  const minutes = roundedReadingMinutes(counts.readingMinutes)

  return (
    <div
      className="status-bar"
      data-testid="status-bar"
      role="group"
      aria-label={t('document.statusBar')}
    >
      <span className="status-item" title={t('document.countsHint')} data-testid="status-han">
        <span className="status-label">{t('document.han')}</span>
        {number.format(counts.han)}
      </span>
      <span className="status-item" title={t('document.countsHint')} data-testid="status-words">
        <span className="status-label">{t('document.words')}</span>
        {number.format(counts.latinWords)}
      </span>
      <span className="status-item" data-testid="status-reading">
        <span className="status-label">{t('document.readingTime')}</span>
        {minutes === null
          ? t('document.readingUnderOne')
          : t('document.readingMinutes', { count: number.format(minutes) })}
      </span>
      {selection && selectedText !== null && (
        <span className="status-item" data-testid="status-selection">
          <span className="status-label">{t('document.selection')}</span>
          {t(selection.lines === 1 ? 'document.selectionOneLine' : 'document.selectionValue', {
            chars: number.format(selection.chars),
            lines: number.format(selection.lines),
            han: number.format(selectedHan)
          })}
        </span>
      )}
      <span className="status-spacer" />
      <span
        className={`status-item status-save status-save-${saveState}`}
        data-testid="status-save"
        aria-live="polite"
      >
        <span className="status-hidden-label">{t('document.saveState')}</span>
        {t(saveStateKeys[saveState])}
      </span>
      <span className="status-item" data-testid="status-encoding">
        <span className="status-hidden-label">{t('document.encoding')}</span>
        {t(
          encoding === 'gb18030' ? 'document.gb18030' : bom ? 'document.utf8Bom' : 'document.utf8'
        )}
      </span>
      <span className="status-item" data-testid="status-line-endings">
        <span className="status-label">{t('document.lineEndings')}</span>
        {t(lineEndingKeys[lineEnding])}
      </span>
    </div>
  )
}
