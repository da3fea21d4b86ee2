import { useState } from 'react'
import { useI18n } from '../../i18n/I18nContext'

interface Props {
  id: string
  /** A system font family, or null for the bundled Noto Sans SC. */
  value: string | null
  onChange(font: string | null): void
}

/** Common Chinese families a writer may have installed; any installed family name also works. */
const suggestions = [
  'PingFang SC',
  'Hiragino Sans GB',
  'Microsoft YaHei',
  'SimHei',
  'Noto Sans CJK SC',
  'Source Han Sans SC',
  'WenQuanYi Micro Hei'
]

// Quotes, semicolons and braces would break out of the CSS font string the canvas is given.
const unsafe = /["'\\;{}\u0000-\u001f]/

/**
 * The cloud's font: empty for the bundled Noto Sans SC, or the name of a font on this computer.
 * Han characters the chosen font lacks still come from the bundled font, never as boxes.
 */
export function FontField({ id, value, onChange }: Props): React.JSX.Element {
  const { t } = useI18n()
  const [draft, setDraft] = useState<string | null>(null)
  const text = draft ?? value ?? ''
  const invalid = unsafe.test(text) || text.length > 100
  return (
    <>
      <input
        id={id}
        data-testid="cloud-font"
        list={`${id}-list`}
        value={text}
        placeholder={t('wordcloud.fontPlaceholder')}
        title={t('wordcloud.fontHint')}
        aria-invalid={invalid}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          const next = event.target.value
          setDraft(next)
          if (!unsafe.test(next) && next.length <= 100)
            onChange(next.trim() === '' ? null : next.trim())
        }}
        onBlur={() => setDraft(null)}
      />
      <datalist id={`${id}-list`}>
        {suggestions.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </>
  )
}
