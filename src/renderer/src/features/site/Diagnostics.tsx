import type { SiteDiagnostic, SiteDiagnosticKind } from '@shared/site/types'
import type { MessageKey } from '../../i18n/catalogue'
import { useI18n } from '../../i18n/I18nContext'

interface Props {
  diagnostics: SiteDiagnostic[]
  /** Opens a file of the folder in the editor at a 1-based line (null: its top). */
  onOpenFile(file: string, line: number | null): void
}

const kindKeys: Record<SiteDiagnosticKind, MessageKey> = {
  liquid: 'site.kind.liquid',
  plugin: 'site.kind.plugin',
  include: 'site.kind.include',
  layout: 'site.kind.layout',
  theme: 'site.kind.theme',
  sass: 'site.kind.sass',
  yaml: 'site.kind.yaml',
  limit: 'site.kind.limit'
}

const themePrefix = 'theme:'

/**
 * The strip under the page: what could not be rendered as Jekyll would, each with its file and
 * line. A file of the folder opens in the editor; a theme's file lives outside the folder, so it
 * is named but not opened.
 */
export function Diagnostics({ diagnostics, onOpenFile }: Props): React.JSX.Element {
  const { t } = useI18n()
  return (
    <section
      className="site-diagnostics"
      data-testid="site-diagnostics"
      aria-label={t('site.diagnostics')}
    >
      <h2 className="site-diagnostics-title">
        {diagnostics.length > 0
          ? t('site.diagnosticsCount', { count: diagnostics.length })
          : t('site.diagnostics')}
      </h2>
      {diagnostics.length === 0 ? (
        <p className="site-diagnostics-none">{t('site.noDiagnostics')}</p>
      ) : (
        <ul>
          {diagnostics.map((diagnostic, index) => (
            <li key={index} className="site-diagnostic" data-testid="site-diagnostic">
              <span className={`site-diagnostic-kind kind-${diagnostic.kind}`}>
                {t(kindKeys[diagnostic.kind])}
              </span>
              <Place diagnostic={diagnostic} onOpenFile={onOpenFile} />
              <span className="site-diagnostic-message">{diagnostic.message}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function Place({
  diagnostic,
  onOpenFile
}: {
  diagnostic: SiteDiagnostic
  onOpenFile: Props['onOpenFile']
}): React.JSX.Element {
  const { t } = useI18n()
  const { file, line } = diagnostic
  const place = line === null ? file : t('site.place', { file, line })
  if (file === '') return <span className="site-diagnostic-place" />
  if (file.startsWith(themePrefix)) {
    const theme = file.slice(themePrefix.length).split('/')[0]
    return (
      <span className="site-diagnostic-place theme" title={t('site.themeFile', { theme })}>
        {place}
      </span>
    )
  }
  return (
    <button
      type="button"
      className="site-diagnostic-place"
      title={t('site.openFile', { file })}
      onClick={() => onOpenFile(file, line)}
    >
      {place}
    </button>
  )
}
