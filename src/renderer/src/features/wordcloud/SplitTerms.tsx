import { useI18n } from '../../i18n/I18nContext'

interface Props {
  /** The compound terms the folder counts as their parts. */
  terms: readonly string[]
  onJoin(term: string): void
}

/** The terms the writer split back, each of which can be counted as one term again. */
export function SplitTerms({ terms, onJoin }: Props): React.JSX.Element | null {
  const { t } = useI18n()
  if (terms.length === 0) return null
  return (
    <div className="cloud-rule-list" data-testid="cloud-split-terms">
      <h3>{t('wordcloud.splitTerms')}</h3>
      <ul>
        {terms.map((term) => (
          <li key={term} data-term={term}>
            <span className="cloud-rule-term">{term}</span>
            <button
              type="button"
              data-testid="cloud-join"
              aria-label={t('wordcloud.joinAgainHint', { word: term })}
              title={t('wordcloud.joinAgainHint', { word: term })}
              onClick={() => onJoin(term)}
            >
              {t('wordcloud.joinAgain')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}
