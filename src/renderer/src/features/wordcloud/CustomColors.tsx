import { useI18n } from '../../i18n/I18nContext'

interface Props {
  colors: string[]
  onChange(colors: string[]): void
}

/** The custom palette checks allow up to this many colours. */
const maxColors = 24

/** The writer's own colours for the words: one picker each, added and removed freely (one stays). */
export function CustomColors({ colors, onChange }: Props): React.JSX.Element {
  const { t } = useI18n()
  const replace = (index: number, color: string): string[] =>
    colors.map((current, i) => (i === index ? color : current))
  return (
    <div className="cloud-colors" data-testid="cloud-colors">
      {colors.map((color, index) => (
        <span key={index} className="cloud-color">
          <input
            type="color"
            value={color}
            aria-label={t('wordcloud.customColor', { number: index + 1 })}
            onChange={(event) => onChange(replace(index, event.target.value))}
          />
          <button
            type="button"
            className="icon"
            disabled={colors.length <= 1}
            aria-label={t('wordcloud.removeColor', { number: index + 1 })}
            onClick={() => onChange(colors.filter((_, i) => i !== index))}
          >
            ×
          </button>
        </span>
      ))}
      <button
        type="button"
        disabled={colors.length >= maxColors}
        onClick={() => onChange([...colors, colors[colors.length - 1] ?? '#333333'])}
      >
        {t('wordcloud.addColor')}
      </button>
    </div>
  )
}
