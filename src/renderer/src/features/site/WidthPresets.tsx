import { useI18n } from '../../i18n/I18nContext'

export type SiteWidth = 'desktop' | 'tablet' | 'phone'

/** The page widths the site's responsive layout is shown at, in CSS pixels. */
export const siteWidths: Record<SiteWidth, number> = { desktop: 1280, tablet: 768, phone: 390 }

const order: SiteWidth[] = ['desktop', 'tablet', 'phone']

interface Props {
  width: SiteWidth
  onWidth(width: SiteWidth): void
}

/** Desktop, tablet and phone: the frame takes that width and is scaled down to the pane. */
export function WidthPresets({ width, onWidth }: Props): React.JSX.Element {
  const { t } = useI18n()
  const label = (name: SiteWidth): string =>
    name === 'desktop'
      ? t('site.width.desktop')
      : name === 'tablet'
        ? t('site.width.tablet')
        : t('site.width.phone')
  return (
    <div className="site-widths" role="group" aria-label={t('site.widths')}>
      {order.map((name) => (
        <button
          key={name}
          type="button"
          data-testid={`site-width-${name}`}
          aria-pressed={width === name}
          title={t('site.widthHint', { width: siteWidths[name] })}
          onClick={() => onWidth(name)}
        >
          {label(name)}
        </button>
      ))}
    </div>
  )
}
