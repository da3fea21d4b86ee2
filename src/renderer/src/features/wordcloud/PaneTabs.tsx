import { useRef } from 'react'
import type { ReactNode } from 'react'
import { useI18n } from '../../i18n/I18nContext'
import './wordcloud.css'

export type PaneTab = 'preview' | 'cloud' | 'site'

interface Props {
  tab: PaneTab
  onTab(tab: PaneTab): void
  /** Only the chosen tab's content is given (the others are not mounted, so they do no work). */
  children: ReactNode
}

const tabs: PaneTab[] = ['preview', 'cloud', 'site']

/**
 * The right-hand pane's views, the post's preview, its word cloud and its page in the site, as
 * tabs: at 1024x700 none has room to share the pane. Arrow keys move between the tabs, as the
 * ARIA pattern says.
 */
export function PaneTabs({ tab, onTab, children }: Props): React.JSX.Element {
  const { t } = useI18n()
  const refs = useRef<Partial<Record<PaneTab, HTMLButtonElement | null>>>({})
  const label = (name: PaneTab): string =>
    name === 'preview'
      ? t('wordcloud.tabPreview')
      : name === 'cloud'
        ? t('wordcloud.tabCloud')
        : t('site.tab')
  const move = (step: number): void => {
    const next = tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length]
    onTab(next)
    refs.current[next]?.focus()
  }
  return (
    <>
      <div
        className="pane-tabs"
        role="tablist"
        aria-label={t('site.paneTabs')}
        onKeyDown={(event) => {
          if (event.key === 'ArrowRight') move(1)
          else if (event.key === 'ArrowLeft') move(-1)
        }}
      >
        {tabs.map((name) => (
          <button
            key={name}
            ref={(element) => {
              refs.current[name] = element
            }}
            type="button"
            role="tab"
            id={`pane-tab-${name}`}
            data-testid={`pane-tab-${name}`}
            aria-selected={tab === name}
            aria-controls="pane-tab-panel"
            tabIndex={tab === name ? 0 : -1}
            onClick={() => onTab(name)}
          >
            {label(name)}
          </button>
        ))}
      </div>
      <div
        className="pane-tab-panel"
        id="pane-tab-panel"
        role="tabpanel"
        aria-labelledby={`pane-tab-${tab}`}
      >
        {children}
      </div>
    </>
  )
}
