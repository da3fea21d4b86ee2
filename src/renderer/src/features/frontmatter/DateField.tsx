import { useId } from 'react'
import {
  applyPickedDate,
  defaultDateShape,
  parseFrontMatterDate
} from '@shared/frontmatter/date-format'
import { isReadableDate } from '@shared/frontmatter/readable-date'
import { useI18n } from '../../i18n/I18nContext'
import { DatePicker } from './DatePicker'
import type { FieldProps } from './FieldInput'
import { useFieldDraft } from './useFieldDraft'

/** The computer's zone now, for a post that has no date yet. */
function localShape(): ReturnType<typeof defaultDateShape> {
  return defaultDateShape(-new Date().getTimezoneOffset())
}

/**
 * A date as the text the file holds, plus a picker that writes the picked wall-clock time back
 * in the file's own shape and zone (shared/frontmatter/date-format.ts). A date Jekyll cannot read
 * would stop `jekyll build`, so it is never sent: the draft stays, in red, with the reason. A text
 * the picker cannot read (but Jekyll can) disables the picker, never the text.
 */
export function DateField({
  field,
  label,
  testId,
  disabled,
  hintId,
  onCommit,
  className
}: FieldProps): React.JSX.Element {
  const { t } = useI18n()
  const id = useId()
  const problemId = useId()
  const draft = useFieldDraft(field.text, onCommit, (text) => isReadableDate(text.trim()))
  const text = draft.text.trim()
  const parsed = parseFrontMatterDate(text)
  const shape = parsed?.shape ?? (text === '' ? localShape() : null)
  // An empty field of a post without a date is fine: Jekyll dates it by its file name.
  const unreadable = (text !== '' || field.value !== undefined) && !isReadableDate(text)
  const problem = unreadable
    ? t(draft.text === field.text ? 'frontmatter.dateBreaksBuild' : 'frontmatter.dateNotSaved')
    : shape
      ? null
      : t('frontmatter.dateUnreadable')

  return (
    <div className={`fm-field fm-date ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <div className="fm-date-row">
        <input
          id={id}
          data-testid={testId}
          type="text"
          value={draft.text}
          disabled={disabled}
          spellCheck={false}
          aria-describedby={problem ? `${hintId} ${problemId}` : hintId}
          aria-invalid={unreadable ? true : undefined}
          onChange={(event) => draft.edit(event.target.value)}
          onKeyDown={draft.onKeyDown}
          onBlur={draft.commit}
        />
        <DatePicker
          testId={testId}
          date={parsed}
          shape={shape}
          disabled={disabled}
          onPick={(value) => {
            const picked = applyPickedDate(text, value, localShape())
            if (picked !== null) draft.edit(picked)
          }}
          onBlur={draft.commit}
        />
      </div>
      {problem && (
        <span
          className={unreadable ? 'fm-hint fm-error' : 'fm-hint'}
          id={problemId}
          data-testid={`${testId}-problem`}
        >
          {problem}
        </span>
      )}
    </div>
  )
}
