import type { BoilerplateInfo } from '@shared/analysis'
import { useI18n } from '../../i18n/I18nContext'

interface Props {
  info: BoilerplateInfo
  /** Turns the folder's rule on or off; the words are counted again after. */
  onSkip(skip: boolean): void
}

/** A series needs this many posts before its repeated lines count as boilerplate. */
const seriesMinimum = 5

/**
 * Which lines of the post were taken as its series' template text (and so not counted), why or
 * why not, and the folder's switch for the rule.
 */
export function BoilerplateSection({ info, onSkip }: Props): React.JSX.Element {
  const { t } = useI18n()
  const { series, posts, enabled, lines } = info
  const inSeries = series !== null && posts >= seriesMinimum
  const summary = !enabled
    ? lines.length === 0
      ? t('wordcloud.boilerplateOff')
      : t('wordcloud.boilerplateCounted', { lines: lines.length })
    : lines.length === 0
      ? t('wordcloud.boilerplateNone')
      : inSeries
        ? t('wordcloud.boilerplateSkipped', { lines: lines.length, series, posts })
        : t('wordcloud.templateSkipped', { lines: lines.length })
  const why =
    series === null
      ? t('wordcloud.noSeries')
      : posts < seriesMinimum
        ? t('wordcloud.smallSeries', { series, posts })
        : null
  return (
    <details className="cloud-section" data-testid="cloud-boilerplate" open>
      <summary>{`${t('wordcloud.boilerplate')} (${lines.length})`}</summary>
      <p className="cloud-rule-summary" data-testid="cloud-boilerplate-summary">
        {summary}
      </p>
      {why !== null && <p className="cloud-rule-note">{why}</p>}
      {lines.length > 0 && (
        <details className="cloud-boilerplate-lines">
          <summary>{t('wordcloud.boilerplateLines')}</summary>
          <ol data-testid="cloud-boilerplate-lines">
            {lines.map((line, index) => (
              <li key={`${index}-${line}`}>{line}</li>
            ))}
          </ol>
        </details>
      )}
      <label className="cloud-rule-switch">
        <input
          type="checkbox"
          role="switch"
          data-testid="cloud-boilerplate-switch"
          checked={enabled}
          onChange={(event) => onSkip(event.target.checked)}
        />
        {t('wordcloud.skipBoilerplate')}
      </label>
    </details>
  )
}
