import { useRef } from 'react'
import { formatWallTime, pickerType, pickerValue } from '@shared/frontmatter/date-format'
import type { DateShape, FrontMatterDate } from '@shared/frontmatter/date-format'
import { useI18n } from '../../i18n/I18nContext'

interface Props {
  testId: string
  /** The date in the field, when the picker can read it. */
  date: FrontMatterDate | null
  /** The shape a pick is written in: the field's, or the default for a post without a date. */
  shape: DateShape | null
  disabled: boolean
  /** The native input's value (`2025-11-11T15:33:03`) the writer picked. */
  onPick(value: string): void
  onBlur(): void
}

/**
 * A button that shows the date in the window's language (`2025-11-11 15:33`) and opens the
 * browser's date picker. A native date input shows its text in the browser's locale
 * (`11/11/2025, 03:33 PM`) whatever language the window speaks, so it is kept out of sight and
 * only its calendar is used, anchored under the button.
 */
export function DatePicker({
  testId,
  date,
  shape,
  disabled,
  onPick,
  onBlur
}: Props): React.JSX.Element {
  const { t } = useI18n()
  const native = useRef<HTMLInputElement>(null)
  const shown = date
    ? formatWallTime(
        date.wall,
        t(date.shape.hasTime ? 'frontmatter.dateTimeFormat' : 'frontmatter.dateFormat')
      )
    : t('frontmatter.pickFirstDate')
  return (
    <span className="fm-picker">
      <button
        type="button"
        data-testid={`${testId}-picker`}
        disabled={disabled || !shape}
        aria-label={t('frontmatter.datePickerShowing', { date: shown })}
        title={shape ? t('frontmatter.datePicker') : t('frontmatter.dateUnreadable')}
        onClick={() => {
          try {
            native.current?.showPicker()
          } catch {
            // No picker here (an embedding that forbids it): the text field still takes the date.
          }
        }}
        onBlur={onBlur}
      >
        <span aria-hidden="true" className="fm-picker-icon" />
        {shown}
      </button>
      <input
        ref={native}
        data-testid={`${testId}-native`}
        className="fm-picker-native"
        type={shape ? pickerType(shape) : 'datetime-local'}
        step={shape?.hasTime && shape.hasSeconds ? 1 : undefined}
        value={date ? pickerValue(date) : ''}
        disabled={disabled || !shape}
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => onPick(event.target.value)}
        onBlur={onBlur}
      />
    </span>
  )
}
