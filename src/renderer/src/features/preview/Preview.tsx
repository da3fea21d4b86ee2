import { useLayoutEffect, useRef } from 'react'
import type { FolderInfo } from '@shared/folder'
import { useI18n } from '../../i18n/I18nContext'
import { handleLinkClick } from './link-clicks'
import { maxPreviewChars, useRenderedPost } from './useRenderedPost'
import { useScrollSync } from './useScrollSync'
import './preview.css'

export interface PreviewProps {
  /** The editor buffer: the whole file text including front matter. Never read from disk. */
  source: string
  /** Post id (path relative to the open folder, `/` separated): relative images resolve against it. */
  postId: string
  folder: FolderInfo
  /** Remote (http/https) images load only when true. */
  allowRemote: boolean
  /** URL for an image inside the folder, given its folder-relative path. */
  assetUrl(path: string): string
  /** Called for http:, https:, mailto: link clicks (the app confirms); nothing else ever leaves. */
  onOpenExternal(url: string): void
  /** Export on the placeholder of a cloud not exported yet: the window's export command. */
  onExportCloud(): void
  /**
   * 0-based line of `source` the editor shows at its top, or its line count when the editor is at
   * its end; the preview scrolls to match (null: no sync).
   */
  syncLine: number | null
  /** The preview was scrolled by the writer: the 0-based source line now at its top. */
  onTopLineChange(line: number): void
}

const megabyte = 1024 * 1024

/** The post as its page would look: title and date from the front matter, then the body. */
export function Preview(props: PreviewProps): React.JSX.Element {
  const { t } = useI18n()
  const scrollerRef = useRef<HTMLDivElement>(null)
  const bodyRef = useRef<HTMLDivElement>(null)
  const relayout = useScrollSync(scrollerRef, {
    postId: props.postId,
    syncLine: props.syncLine,
    onTopLineChange: props.onTopLineChange
  })
  const { header, tooLarge } = useRenderedPost(props, scrollerRef, bodyRef, relayout)
  // The header is React's: a longer title moves the body below it.
  useLayoutEffect(() => relayout(), [header, relayout])

  const onClick = (event: React.MouseEvent<HTMLDivElement>): void => {
    handleLinkClick(event.nativeEvent, event.currentTarget, props.onOpenExternal)
  }

  return (
    <div
      ref={scrollerRef}
      className="preview"
      data-testid="preview"
      role="region"
      aria-label={t('preview.label')}
      tabIndex={0}
      onClick={onClick}
      onAuxClick={onClick}
    >
      {tooLarge && (
        <p className="preview-too-large" role="status">
          {t('preview.tooLarge', {
            size: (props.source.length / megabyte).toFixed(1),
            limit: maxPreviewChars / megabyte
          })}
        </p>
      )}
      <article className="preview-post" hidden={tooLarge}>
        {header && (
          <header className="preview-header">
            <h1 className="preview-title">{header.title}</h1>
            {header.date && <time className="preview-date">{header.date}</time>}
          </header>
        )}
        {/* Filled by the block patcher, never by React: it must stay without React children. */}
        <div ref={bodyRef} className="preview-body" />
      </article>
    </div>
  )
}
