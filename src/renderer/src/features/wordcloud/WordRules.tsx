import { useI18n } from '../../i18n/I18nContext'
import { BoilerplateSection } from './BoilerplateSection'
import { SplitTerms } from './SplitTerms'
import { TermSuggestions } from './TermSuggestions'
import type { Cloud } from './useCloud'
import { useTermSuggestions } from './useTermSuggestions'

interface Props {
  postId: string
  cloud: Cloud
  onError(error: Error): void
}

/**
 * The folder's word rules under the word list: terms suggested for its user dictionary, the
 * compound terms it split back, and the series boilerplate skipped in this post. Each change is
 * remembered in `.postcloud/` and the words are counted again.
 */
export function WordRules({ postId, cloud, onError }: Props): React.JSX.Element {
  const { t } = useI18n()
  const { actions, folder, revision } = cloud
  const terms = useTermSuggestions(postId, revision, actions.addToDictionary, onError)
  const boilerplate = cloud.stats.result?.boilerplate
  return (
    <>
      <details className="cloud-section" data-testid="cloud-terms" open>
        <summary>{t('wordcloud.terms')}</summary>
        <TermSuggestions suggestions={terms.suggestions} onAdd={(term) => void terms.add(term)} />
        <SplitTerms
          terms={folder?.rules.split ?? []}
          onJoin={(term) => void actions.split(term, false)}
        />
      </details>
      {boilerplate && (
        <BoilerplateSection
          info={boilerplate}
          onSkip={(skip) => void actions.skipBoilerplate(skip)}
        />
      )}
    </>
  )
}
