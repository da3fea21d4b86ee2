import { useCallback, useEffect, useRef, useState } from 'react'
import type { CloudImageFormat } from '@shared/cloud/export-types'
import { findCloudLink } from '@shared/cloud/link'
import type { PaneTab } from './PaneTabs'

/** An export asked for outside the cloud panel: by the command, or a preview's placeholder. */
export interface ExportRequest {
  postId: string
  /** The tab the writer asked from, shown again once the image is written (null: the cloud's). */
  returnTo: PaneTab | null
}

export interface ExportRequests {
  /** The request waiting for the panel, or null. */
  request: ExportRequest | null
  /** Opens the cloud panel, which exports the post's cloud as soon as it is drawn. */
  requestExport(postId: string): void
  /** The panel wrote the image: back to the tab the writer asked from. */
  exported(): void
  /** The panel is done with the request, exported or not (no words, an error, a question). */
  settled(): void
  /** The writer picked a tab: a request still waiting no longer takes them anywhere. */
  choseTab(tab: PaneTab): void
}

/**
 * Exporting needs the cloud drawn, and only the cloud panel draws it: an export asked for from
 * another tab opens the panel, which exports once its layout is ready, and the window then goes
 * back where the writer was, now showing the image instead of the placeholder.
 */
export function useExportRequest(tab: PaneTab, setTab: (tab: PaneTab) => void): ExportRequests {
  const [request, setRequest] = useState<ExportRequest | null>(null)
  const requestExport = useCallback(
    (postId: string) => {
      setRequest({ postId, returnTo: tab === 'cloud' ? null : tab })
      setTab('cloud')
    },
    [tab, setTab]
  )
  const exported = useCallback(() => {
    if (request?.returnTo) setTab(request.returnTo)
  }, [request, setTab])
  const settled = useCallback(() => setRequest(null), [])
  const choseTab = useCallback(
    (next: PaneTab) => {
      setRequest(null)
      setTab(next)
    },
    [setTab]
  )
  return { request, requestExport, exported, settled, choseTab }
}

export interface RequestedExport {
  /** The panel's post. */
  postId: string
  /** The panel's text: the format is the one the post's cloud link names (JPG when none). */
  source: string
  /** The cloud is drawn and no export is running. */
  ready: boolean
  /** The cloud cannot be drawn (no words, an error): the panel says why. */
  failed: boolean
  exportImage(format: CloudImageFormat): Promise<void>
}

/**
 * The cloud panel's side of a request: exports once, as soon as the panel is ready; a cloud that
 * cannot be drawn settles the request unexported.
 */
export function useRequestedExport(
  request: ExportRequest | null,
  panel: RequestedExport,
  settled: () => void
): void {
  const taken = useRef<ExportRequest | null>(null)
  useEffect(() => {
    if (!request || request === taken.current || request.postId !== panel.postId) return
    if (panel.failed) {
      taken.current = request
      settled()
    } else if (panel.ready) {
      taken.current = request
      void panel.exportImage(linkedFormat(panel.source)).finally(settled)
    }
  })
}

function linkedFormat(source: string): CloudImageFormat {
  return /\.png$/i.test(findCloudLink(source)?.target ?? '') ? 'png' : 'jpg'
}
