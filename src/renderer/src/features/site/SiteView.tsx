import { useEffect, useMemo, useRef } from 'react'
import type { FolderInfo } from '@shared/folder'
import { api } from '../../api'
import { errorText } from '../../ui/errorText'
import { useI18n } from '../../i18n/I18nContext'
import { assetSourceOfHost } from './asset-source'
import { Diagnostics } from './Diagnostics'
import { SiteFrame } from './SiteFrame'
import { countLines } from '@shared/editor/line-count'
import { maxSiteChars, useSitePage } from './useSitePage'
import { useStageScale } from './useStageScale'
import { siteWidths, WidthPresets } from './WidthPresets'
import type { SiteWidth } from './WidthPresets'
import './site.css'

export interface SiteViewProps {
  /** The editor buffer, front matter included: the page follows it, never the file. */
  source: string
  postId: string
  folder: FolderInfo
  /** The network (remote stylesheets, fonts, images) only when true. */
  allowRemote: boolean
  /** URL of a file of the folder, given its folder-relative path. */
  assetUrl(path: string): string
  width: SiteWidth
  onWidth(width: SiteWidth): void
  /** Called for http:, https:, mailto: link clicks (the app confirms); nothing else ever leaves. */
  onOpenExternal(url: string): void
  /** Opens a file of the folder in the editor at a 1-based line (a diagnostic's place). */
  onOpenFile(file: string, line: number | null): void
  /** Whether the site lays out its pages itself (false: Postcloud's plain layout, or no site). */
  onSiteLayouts(own: boolean): void
  /** Export on the placeholder of a cloud not exported yet: the window's export command. */
  onExportCloud(): void
  syncLine: number | null
  onTopLineChange(line: number): void
}

const megabyte = 1024 * 1024

/**
 * The Site tab: the post inside its own site's layouts, includes and styles, at a chosen page
 * width, with what could not be rendered faithfully listed under it.
 */
export function SiteView(props: SiteViewProps): React.JSX.Element {
  const { t } = useI18n()
  const { result, error, ms, length } = useSitePage(props.postId, props.source)
  const stageRef = useRef<HTMLDivElement>(null)
  const pageWidth = siteWidths[props.width]
  const { style, scale } = useStageScale(stageRef, pageWidth)
  const { onSiteLayouts } = props
  const own = result === null ? null : result.kind === 'page' && !result.fallbackLayout
  useEffect(() => {
    if (own !== null) onSiteLayouts(own)
  }, [own, onSiteLayouts])

  const tooLarge = props.source.length > maxSiteChars
  const page = result?.kind === 'page' && !tooLarge ? result : null
  const { source } = props
  const lines = useMemo(() => ({ count: countLines(source) }), [source])
  return (
    <div className="site-view" data-testid="site-view">
      <div className="site-toolbar">
        <WidthPresets width={props.width} onWidth={props.onWidth} />
        {page && scale < 1 && (
          <span className="site-scale" data-testid="site-scale">
            {t('site.scaled', { percent: Math.round(scale * 100) })}
          </span>
        )}
        {page && (
          <span className="site-timing">{t('site.renderedIn', { ms: Math.round(page.ms) })}</span>
        )}
      </div>
      {error && (
        <p className="site-notice error" role="alert">
          {t('site.failed', { reason: errorText(error, t) })}
        </p>
      )}
      {result?.kind === 'no-site' && (
        <p className="site-notice" data-testid="site-no-site">
          {t('site.noSite')}
        </p>
      )}
      {page?.fallbackLayout && <p className="site-notice">{t('site.fallbackLayout')}</p>}
      {tooLarge ? (
        <p className="site-notice" data-testid="site-too-large" role="status">
          {t('site.tooLarge', {
            size: (props.source.length / megabyte).toFixed(1),
            limit: maxSiteChars / megabyte
          })}
        </p>
      ) : (
        result === null && !error && <p className="site-notice">{t('site.rendering')}</p>
      )}
      <div ref={stageRef} className="site-stage" hidden={page === null}>
        {page && (
          <SiteFrame
            page={page}
            postId={props.postId}
            lines={lines}
            renderedLength={length}
            requestMs={ms}
            context={{
              siteUrl: props.folder.url,
              allowRemote: props.allowRemote,
              assetUrl: (path) => new URL(props.assetUrl(path), document.baseURI).href,
              assetSource: assetSourceOfHost(api.host.kind)
            }}
            style={style}
            onOpenExternal={props.onOpenExternal}
            onExportCloud={props.onExportCloud}
            syncLine={props.syncLine}
            onTopLineChange={props.onTopLineChange}
          />
        )}
      </div>
      {page && <Diagnostics diagnostics={page.diagnostics} onOpenFile={props.onOpenFile} />}
    </div>
  )
}
