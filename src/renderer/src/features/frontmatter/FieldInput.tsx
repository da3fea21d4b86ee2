import { useId, useState } from 'react'
import type { FormField } from '@shared/frontmatter/form-fields'
import { useI18n } from '../../i18n/I18nContext'
import { DateField } from './DateField'
import { useFieldDraft } from './useFieldDraft'

export interface FieldProps {
  field: FormField
  label: string
  testId: string
  disabled: boolean
  /** Id of the hidden "Enter saves, Escape undoes" text the inputs point to. */
  hintId: string
  /** Sends what the writer entered; returns whether it was a change. */
  onCommit(input: string | boolean): boolean
  /** Layout class of the field in the form's grid. */
  className?: string
}

/** The input that fits a field's kind (see shared/frontmatter/form-fields.ts). */
export function FieldInput(props: FieldProps): React.JSX.Element {
  switch (props.field.kind) {
    case 'date':
      return <DateField {...props} />
    case 'boolean':
      return <CheckboxField {...props} />
    case 'readonly':
      return <ReadonlyField {...props} />
    default:
      return <TextField {...props} />
  }
}

function TextField({
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
  const draft = useFieldDraft(field.text, onCommit)
  const hint =
    field.kind === 'list'
      ? t('frontmatter.listHint')
      : field.kind === 'words'
        ? t('frontmatter.wordsHint')
        : undefined
  return (
    <div className={`fm-field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        data-testid={testId}
        type={field.kind === 'number' ? 'number' : 'text'}
        step={field.kind === 'number' ? 'any' : undefined}
        value={draft.text}
        placeholder={hint}
        disabled={disabled}
        spellCheck={false}
        aria-describedby={hintId}
        onChange={(event) => draft.edit(event.target.value)}
        onKeyDown={draft.onKeyDown}
        onBlur={draft.commit}
      />
    </div>
  )
}

function CheckboxField({
  field,
  label,
  testId,
  disabled,
  onCommit,
  className
}: FieldProps): React.JSX.Element {
  const id = useId()
  // The toggled state shows until the file's value changes, as a text draft does.
  const [toggled, setToggled] = useState<{ checked: boolean; base: string } | null>(null)
  const checked = toggled && toggled.base === field.text ? toggled.checked : field.value === true
  return (
    <div className={`fm-field fm-checkbox ${className ?? ''}`}>
      <input
        id={id}
        data-testid={testId}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        // A toggle is one deliberate act: it writes at once.
        onChange={(event) => {
          const next = event.target.checked
          setToggled(onCommit(next) ? { checked: next, base: field.text } : null)
        }}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  )
}

function ReadonlyField({ field, label, testId, className }: FieldProps): React.JSX.Element {
  const { t } = useI18n()
  const id = useId()
  return (
    <div className={`fm-field fm-readonly ${className ?? ''}`}>
      <span className="fm-label" id={id}>
        {label}
      </span>
      <output
        className="fm-readonly-value"
        data-testid={testId}
        aria-labelledby={id}
        title={t('frontmatter.readonlyValue')}
      >
        {field.text}
      </output>
    </div>
  )
}
