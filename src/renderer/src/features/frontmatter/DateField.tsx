import { useId } from 'react'
import {
  applyPickedDate,
  defaultDateShape,
  parseFrontMatterDate,
  pickerType,
  pickerValue
} from '@shared/frontmatter/date-format'
import { useI18n } from '../../i18n/I18nContext'
import type { FieldProps } from './FieldInput'
import { useFieldDraft } from './useFieldDraft'

/** The computer's zone now, for a post that has no date yet. */
function localShape(): ReturnType<typeof defaultDateShape> {
  return defaultDateShape(-new Date().getTimezoneOffset())
}

/**
 * A date as the text the file holds, plus a native picker that writes the picked wall-clock time
 * back in the file's own shape and zone (shared/frontmatter/date-format.ts). A text the picker
 * cannot read disables the picker, never the text.
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
  const unreadableId = useId()
  const draft = useFieldDraft(field.text, onCommit)
  const text = draft.text.trim()
  const parsed = parseFrontMatterDate(text)
  const shape = parsed?.shape ?? (text === '' ? localShape() : null)

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
          aria-describedby={shape ? hintId : `${hintId} ${unreadableId}`}
          aria-invalid={shape ? undefined : true}
          onChange={(event) => draft.edit(event.target.value)}
          onKeyDown={draft.onKeyDown}
          onBlur={draft.commit}
        />
        <input
          data-testid={`${testId}-picker`}
          type={pickerType(shape ?? localShape())}
          step={shape?.hasTime && shape.hasSeconds ? 1 : undefined}
          value={parsed ? pickerValue(parsed) : ''}
          disabled={disabled || !shape}
          aria-label={t('frontmatter.datePicker')}
          title={shape ? t('frontmatter.datePicker') : t('frontmatter.dateUnreadable')}
          onChange={(event) => {
            const picked = applyPickedDate(text, event.target.value, localShape())
            if (picked !== null) draft.edit(picked)
          }}
          onKeyDown={draft.onKeyDown}
          onBlur={draft.commit}
        />
      </div>
      {!shape && (
        <span className="fm-hint" id={unreadableId}>
          {t('frontmatter.dateUnreadable')}
        </span>
      )}
    </div>
  )
}
