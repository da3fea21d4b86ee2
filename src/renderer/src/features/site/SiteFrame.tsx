import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import type { CSSProperties } from 'react'
import type { SitePage } from '@shared/site/types'
import { useI18n } from '../../i18n/I18nContext'
import { handleFrameClick } from './frame-links'
import { FramePatcher } from './frame-patcher'
import { createSiteSanitizer } from './sanitize-site'
import type { SiteSanitizeContext } from './sanitize-site'
import { useFrameScrollSync } from './useFrameScrollSync'
import type { SourceLines } from './useFrameScrollSync'

export interface SiteFrameProps {
  page: SitePage
  postId: string
  /** The source's lines, for the scroll map (the page numbers its blocks by lines of the file). */
  lines: SourceLines
  /** Length of the text the page was rendered from, and how long the back end took. */
  renderedLength: number
  requestMs: number
  /** Everything the sanitizer needs but the page itself: the folder, the asset route, the policy. */
  context: Omit<SiteSanitizeContext, 'baseurl' | 'pageUrl'>
  style: CSSProperties
  onOpenExternal(url: string): void
  syncLine: number | null
  onTopLineChange(line: number): void
}

/**
 * The page in a sandboxed iframe: `allow-same-origin` and nothing else, so no script of the theme
 * runs, no form submits and nothing opens or navigates, while the window can still patch the
 * document and listen to its clicks. Every page passes the sanitizer first. After each page the
 * frame is stamped with `data-rendered-length` and `data-render-ms` (request to patched page).
 */
export function SiteFrame(props: SiteFrameProps): React.JSX.Element {
  const { t } = useI18n()
  const frameRef = useRef<HTMLIFrameElement>(null)
  const sanitize = useMemo(() => createSiteSanitizer(), [])
  const { attach, relayout } = useFrameScrollSync({
    postId: props.postId,
    syncLine: props.syncLine,
    onTopLineChange: props.onTopLineChange
  })
  const latest = useRef(props)
  useLayoutEffect(() => {
    latest.current = props
  })
  const patcher = useRef<FramePatcher | null>(null)
  const shown = useRef<{ key: string | null; startedAt: number }>({ key: null, startedAt: 0 })

  useEffect(() => {
    const frame = frameRef.current
    if (!frame) return undefined
    let detach: (() => void) | null = null
    const followDocument = (document: Document): void => {
      detach?.()
      const stopSync = attach(document, frame)
      const onClick = (event: MouseEvent): void => {
        const { page, context } = latest.current
        const urls = { baseurl: page.baseurl, pageUrl: page.url, siteUrl: context.siteUrl }
        handleFrameClick(event, document, urls, {
          askAboutLink: (url) => latest.current.onOpenExternal(url)
        })
      }
      document.addEventListener('click', onClick, true)
      document.addEventListener('auxclick', onClick, true)
      detach = () => {
        stopSync()
        document.removeEventListener('click', onClick, true)
        document.removeEventListener('auxclick', onClick, true)
      }
    }
    const onShown = (): void => {
      const { lines, renderedLength, requestMs } = latest.current
      relayout(lines)
      const ms = requestMs + performance.now() - shown.current.startedAt
      frame.setAttribute('data-render-ms', ms.toFixed(1))
      frame.setAttribute('data-rendered-length', String(renderedLength))
    }
    const created = new FramePatcher(frame, followDocument, onShown)
    patcher.current = created
    shown.current.key = null
    return () => {
      created.dispose()
      detach?.()
      patcher.current = null
    }
  }, [attach, relayout])

  const { page, postId } = props
  const { allowRemote, assetSource, siteUrl } = props.context
  // A new post or a new policy is a new document: a CSP cannot change once the page has loaded.
  const key = `${postId}\n${String(allowRemote)}\n${assetSource}\n${siteUrl}`
  useEffect(() => {
    if (!patcher.current) return
    shown.current.startedAt = performance.now()
    const root = sanitize(page.html, {
      ...latest.current.context,
      baseurl: page.baseurl,
      pageUrl: page.url
    })
    patcher.current.show(root, shown.current.key !== key)
    shown.current.key = key
  }, [sanitize, page, key])

  return (
    <iframe
      ref={frameRef}
      className="site-frame"
      data-testid="site-preview"
      title={t('site.frame')}
      sandbox="allow-same-origin"
      referrerPolicy="no-referrer"
      style={props.style}
    />
  )
}
