import { useState } from 'react'
import { useI18n } from '../../i18n/I18nContext'

interface Props {
  id: string
  /** A whole number from `min` to `max`, as every numeric cloud option is. */
  value: number
  min: number
  max: number
  testId?: string
  /** The accessible name, when no <label> names the field. */
  label?: string
  onChange(value: number): void
}

/**
 * A whole-number input that applies every valid value as it is typed and leaves the option alone
 * while the text is not one (an emptied field does not redraw). The text follows the option again
 * when the field is left, so a change made elsewhere (a new seed from Regenerate) shows at once.
 */
export function NumberField(props: Props): React.JSX.Element {
  const { id, value, min, max, testId, label, onChange } = props
  const { t } = useI18n()
  const [draft, setDraft] = useState<string | null>(null)
  const text = draft ?? String(value)
  const valid = (candidate: string): boolean => {
    const number = Number(candidate)
    return candidate.trim() !== '' && Number.isInteger(number) && number >= min && number <= max
  }
  const invalid = !valid(text)
  return (
    <input
      id={id}
      type="number"
      inputMode="numeric"
      data-testid={testId}
      aria-label={label}
      min={min}
      max={max}
      step={1}
      value={text}
      aria-invalid={invalid}
      title={invalid ? t('wordcloud.range', { min, max }) : undefined}
      onChange={(event) => {
        const next = event.target.value
        setDraft(next)
        if (valid(next)) onChange(Number(next))
      }}
      onBlur={() => setDraft(null)}
    />
  )
}
