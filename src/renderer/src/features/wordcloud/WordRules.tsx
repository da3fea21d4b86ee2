import { useI18n } from '../../i18n/I18nContext'
import { BoilerplateSection } from './BoilerplateSection'
import { SplitTerms } from './SplitTerms'
import type { Cloud } from './useCloud'

interface Props {
  cloud: Cloud
}

/**
 * The folder's word rules under the word list: the compound terms it split back, and the series
 * boilerplate skipped in this post. Each change is remembered in `.postcloud/cloud.json` and the
 * words are counted again.
 */
export function WordRules({ cloud }: Props): React.JSX.Element {
  const { t } = useI18n()
  const { actions, folder } = cloud
  const boilerplate = cloud.stats.result?.boilerplate
  return (
    <>
      <details className="cloud-section" data-testid="cloud-terms" open>
        <summary>{t('wordcloud.terms')}</summary>
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
