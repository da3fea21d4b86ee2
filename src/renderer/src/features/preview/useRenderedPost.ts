import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { RefObject } from 'react'
import type { PostHeader } from '@shared/markdown/post-header'
import type { FolderInfo } from '@shared/folder'
import { useI18n } from '../../i18n/I18nContext'
import { BlockPatcher } from './block-patcher'
import { fragmentBuilder } from './build-fragments'
import { RenderClient } from './render-client'
import type { RenderResult } from './render-client'
import { createSanitizer } from './sanitize'

/** Past this many characters the preview shows a message instead of rendering. */
export const maxPreviewChars = 5 * 1024 * 1024

export interface RenderInputs {
  source: string
  postId: string
  folder: FolderInfo
  allowRemote: boolean
  assetUrl(path: string): string
  /** The placeholder of a cloud not exported yet was asked to export it. */
  onExportCloud(): void
}

export interface RenderState {
  header: PostHeader | null
  tooLarge: boolean
}

/**
 * Renders the buffer on every change: the render worker turns the newest text into blocks of
 * HTML, and the window sanitizes and patches only the blocks that changed. After each render the
 * preview element is stamped with `data-render-ms` (from the request to the patched DOM) and
 * `data-rendered-length` for benchmarks and tests, and `onRendered` gets the source's line count.
 * A new post, site, image policy or language starts from an empty body.
 */
export function useRenderedPost(
  inputs: RenderInputs,
  scrollerRef: RefObject<HTMLElement | null>,
  bodyRef: RefObject<HTMLElement | null>,
  onRendered: (lineCount: number) => void
): RenderState {
  const { t } = useI18n()
  const [header, setHeader] = useState<PostHeader | null>(null)
  const latest = useRef({ inputs, onRendered })
  useLayoutEffect(() => {
    latest.current = { inputs, onRendered }
  })
  const sanitize = useMemo(() => createSanitizer(), [])
  const patcher = useRef<BlockPatcher | null>(null)
  const client = useRef<RenderClient | null>(null)
  const { source, postId, allowRemote } = inputs
  const { jekyll, baseurl, url } = inputs.folder

  useEffect(() => {
    const current = new RenderClient((result) => {
      const scroller = scrollerRef.current
      if (!patcher.current || !scroller || !stillCurrent(result, latest.current.inputs)) return
      if ('error' in result.response) return
      const started = performance.now()
      const { post, lineCount } = result.response
      patcher.current.patch(post.blocks)
      stamp(scroller, result.ms + performance.now() - started, result.request.source.length)
      latest.current.onRendered(lineCount)
      setHeader((previous) => (sameHeader(previous, post.header) ? previous : post.header))
    })
    client.current = current
    return () => {
      current.dispose()
      client.current = null
    }
  }, [scrollerRef])

  useEffect(() => {
    const body = bodyRef.current
    if (!body) return undefined
    const context = {
      image: { postId, jekyll, baseurl, url },
      allowRemote,
      // The newest function the shell passed: an inline arrow must not restart the preview.
      assetUrl: (path: string) => latest.current.inputs.assetUrl(path)
    }
    const blockedText = {
      remote: t('preview.remoteImageBlocked'),
      unsafe: t('preview.imageBlocked'),
      missing: t('preview.imageMissing'),
      cloud: { notExported: t('preview.cloudNotExported'), exportLabel: t('preview.exportCloud') }
    }
    const exportCloud = (): void => latest.current.inputs.onExportCloud()
    const build = fragmentBuilder(sanitize, context, blockedText, exportCloud)
    const current = new BlockPatcher(body, build)
    patcher.current = current
    return () => {
      current.clear()
      patcher.current = null
    }
  }, [bodyRef, sanitize, t, postId, jekyll, baseurl, url, allowRemote])

  useEffect(() => {
    const scroller = scrollerRef.current
    if (!scroller) return
    if (source.length > maxPreviewChars) {
      patcher.current?.clear()
      stamp(scroller, 0, source.length)
      return
    }
    client.current?.render({ source, postId, site: { baseurl, url } })
  }, [scrollerRef, source, postId, jekyll, baseurl, url, allowRemote, t])

  const tooLarge = source.length > maxPreviewChars
  return { header: tooLarge ? null : header, tooLarge }
}

/** A result for another post or site, or for a buffer since grown too large, is not shown. */
function stillCurrent({ request }: RenderResult, inputs: RenderInputs): boolean {
  return (
    request.postId === inputs.postId &&
    request.site.baseurl === inputs.folder.baseurl &&
    request.site.url === inputs.folder.url &&
    inputs.source.length <= maxPreviewChars
  )
}

function stamp(scroller: HTMLElement, ms: number, length: number): void {
  scroller.setAttribute('data-render-ms', ms.toFixed(1))
  scroller.setAttribute('data-rendered-length', String(length))
}

function sameHeader(a: PostHeader | null, b: PostHeader | null): boolean {
  return a === b || (a !== null && b !== null && a.title === b.title && a.date === b.date)
}
