import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { CSSProperties } from 'react'
import type { SitePage } from '@shared/site/types'
import { useI18n } from '../../i18n/I18nContext'
import {
  brokenCloudImages,
  failedCloudImage,
  isExportClick,
  placeCloudPlaceholders
} from './frame-cloud-placeholder'
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
  /** Export on the placeholder of a cloud not exported yet: the window's export command. */
  onExportCloud(): void
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
  // URLs of cloud images that failed to load: not exported yet. An export gives a new URL.
  const [missingClouds, setMissingClouds] = useState<ReadonlySet<string>>(() => new Set())
  const [nonce] = useState(randomNonce)

  useEffect(() => {
    const frame = frameRef.current
    if (!frame) return undefined
    let detach: (() => void) | null = null
    const followDocument = (document: Document): void => {
      detach?.()
      const stopSync = attach(document, frame)
      const onClick = (event: MouseEvent): void => {
        if (isExportClick(event, nonce)) {
          event.preventDefault()
          if (event.type === 'click' && event.button === 0) latest.current.onExportCloud()
          return
        }
        const { page, context } = latest.current
        const urls = { baseurl: page.baseurl, pageUrl: page.url, siteUrl: context.siteUrl }
        handleFrameClick(event, document, urls, {
          askAboutLink: (url) => latest.current.onOpenExternal(url)
        })
      }
      const missing = (sources: string[]): void =>
        setMissingClouds((known) =>
          sources.every((source) => known.has(source)) ? known : new Set([...known, ...sources])
        )
      // An image's error does not bubble: the capture phase sees it.
      const onError = (event: Event): void => {
        const source = failedCloudImage(event)
        if (source !== null) missing([source])
      }
      document.addEventListener('click', onClick, true)
      document.addEventListener('auxclick', onClick, true)
      document.addEventListener('error', onError, true)
      detach = () => {
        stopSync()
        document.removeEventListener('click', onClick, true)
        document.removeEventListener('auxclick', onClick, true)
        document.removeEventListener('error', onError, true)
      }
      missing(brokenCloudImages(document))
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
  }, [attach, relayout, nonce])

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
    const cloudText = {
      notExported: t('preview.cloudNotExported'),
      exportLabel: t('preview.exportCloud')
    }
    placeCloudPlaceholders(root, missingClouds, cloudText, nonce)
    patcher.current.show(root, shown.current.key !== key)
    shown.current.key = key
  }, [sanitize, page, key, missingClouds, nonce, t])

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

/** 128 random bits as hex (`crypto.randomUUID` needs a secure context, which a window may lack). */
function randomNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}
