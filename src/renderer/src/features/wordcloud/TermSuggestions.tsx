import type { TermSuggestion } from '@shared/analysis'
import { useI18n } from '../../i18n/I18nContext'
import { joinParts } from './term-parts'

interface Props {
  /** Null while the folder's suggestions are being found. */
  suggestions: readonly TermSuggestion[] | null
  onAdd(term: string): void
}

/** Terms the folder's posts write as one, each a click away from the user dictionary. */
export function TermSuggestions({ suggestions, onAdd }: Props): React.JSX.Element {
  const { t } = useI18n()
  return (
    <div className="cloud-rule-list" data-testid="cloud-suggestions" aria-busy={!suggestions}>
      <h3>{t('wordcloud.suggestions')}</h3>
      <p className="cloud-rule-note">{t('wordcloud.suggestionsHint')}</p>
      {suggestions?.length === 0 && (
        <p className="cloud-rule-note">{t('wordcloud.noSuggestions')}</p>
      )}
      {suggestions && suggestions.length > 0 && (
        <ul>
          {suggestions.map((suggestion) => (
            <li key={suggestion.term} data-term={suggestion.term}>
              <span className="cloud-rule-term">{suggestion.term}</span>
              <span className="cloud-rule-detail">
                {t('wordcloud.suggestionFound', {
                  parts: joinParts(suggestion.parts),
                  posts: suggestion.posts,
                  count: suggestion.count
                })}
              </span>
              <button
                type="button"
                data-testid="cloud-add-suggestion"
                aria-label={t('wordcloud.addSuggestionHint', { word: suggestion.term })}
                title={t('wordcloud.addSuggestionHint', { word: suggestion.term })}
                onClick={() => onAdd(suggestion.term)}
              >
                {t('wordcloud.addSuggestion')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
