import { useCallback, useState } from 'react'
import type { CloudLayout } from '@drawing/index'
import { PostcloudError } from '@shared/errors'
import type {
  CloudImageFormat,
  ExportCloudOptions,
  ExportCloudResult
} from '@shared/cloud/export-types'
import type { CloudOptions } from '@shared/cloud/options'
import type { PostStamp } from '@shared/post'
import type { SavedImage } from '@shared/saved-image'
import { api } from '../../api'
import { blobToBase64, cloudImage } from './cloud-image'
import { pendingOf } from './pending-export'
import type { PendingExport } from './pending-export'

/** Runs a back-end write into the post with unsaved edits saved first (the session's writeThrough). */
export type WriteThrough = <T extends { postChanged: boolean }>(
  id: string,
  write: (expected: PostStamp) => Promise<T>
) => Promise<T | null>

export type ExistingChoice = 'replace' | 'rename' | 'cancel'
export type LinkChoice = 'move' | 'keep' | 'cancel'
export type TypeChoice = 'copy' | 'jpg' | 'cancel'

export interface CloudExport {
  busy: boolean
  /** The question an export stopped at, for the writer to answer; null when none is open. */
  pending: PendingExport | null
  exportImage(format: CloudImageFormat): Promise<void>
  resolveExisting(choice: ExistingChoice): Promise<void>
  resolveLink(choice: LinkChoice): Promise<void>
  resolveType(choice: TypeChoice): Promise<void>
  copyImage(): Promise<void>
}

interface Inputs {
  postId: string
  /** The layout on screen, null while none is ready (nothing to export then). */
  layout: CloudLayout | null
  options: CloudOptions | null
  writeThrough: WriteThrough
  onExported(result: ExportCloudResult): void
  onPngCopySaved(saved: SavedImage): void
  onCopied(): void
  onCopyRefused(reason: string): void
  onError(error: Error): void
}

/** One painted image on its way to the back end, with the answers given so far. */
interface Attempt {
  postId: string
  image: string
  format: CloudImageFormat
  cloud: CloudOptions
  onExisting: NonNullable<ExportCloudOptions['onExisting']>
  link?: ExportCloudOptions['link']
}

/**
 * Export and copy of the cloud on screen. The image is painted here at the export scale and sent
 * with the options it was drawn with; the back end writes it and inserts or updates the post's
 * link. An export can stop at a question — a file Postcloud did not write is in the way, the
 * post's link would not work on the published site, the link names another image type — and the
 * painted image waits for the writer's answer instead of being redrawn.
 */
export function useCloudExport(inputs: Inputs): CloudExport {
  const { postId, layout, options, writeThrough, onExported, onPngCopySaved, onError } = inputs
  const { onCopied, onCopyRefused } = inputs
  const [busy, setBusy] = useState(false)
  const [waiting, setWaiting] = useState<{ attempt: Attempt; pending: PendingExport } | null>(null)

  const send = useCallback(
    async (attempt: Attempt): Promise<void> => {
      const { postId: target, image, format, cloud, onExisting, link } = attempt
      try {
        const result = await writeThrough(target, (expected) =>
          api.exportCloud(target, image, { format, expected, cloud, onExisting, link })
        )
        if (result) onExported(result)
      } catch (error) {
        const pending = error instanceof PostcloudError ? pendingOf(error, attempt) : null
        if (pending) setWaiting({ attempt, pending })
        else onError(error as Error)
      }
    },
    [writeThrough, onExported, onError]
  )

  /** Takes the waiting attempt off screen and, unless cancelled, sends it again changed. */
  const answer = useCallback(
    async (change: Partial<Attempt> | null): Promise<void> => {
      const current = waiting
      setWaiting(null)
      if (!current || change === null) return
      setBusy(true)
      try {
        await send({ ...current.attempt, ...change })
      } finally {
        setBusy(false)
      }
    },
    [waiting, send]
  )

  const exportImage = useCallback(
    async (format: CloudImageFormat): Promise<void> => {
      if (!layout || !options || busy) return
      setBusy(true)
      try {
        const image = await blobToBase64(await cloudImage(layout, options, format))
        await send({ postId, image, format, cloud: options, onExisting: 'refuse' })
      } catch (error) {
        onError(error as Error)
      } finally {
        setBusy(false)
      }
    },
    [layout, options, busy, postId, send, onError]
  )

  const resolveExisting = useCallback(
    (choice: ExistingChoice) => answer(choice === 'cancel' ? null : { onExisting: choice }),
    [answer]
  )

  const resolveLink = useCallback(
    (choice: LinkChoice) => answer(choice === 'cancel' ? null : { link: choice }),
    [answer]
  )

  const resolveType = useCallback(
    async (choice: TypeChoice): Promise<void> => {
      const current = waiting
      if (choice === 'jpg') {
        setWaiting(null)
        await exportImage('jpg')
        return
      }
      if (choice !== 'copy' || !current || current.pending.kind !== 'wrong-type') {
        setWaiting(null)
        return
      }
      setWaiting(null)
      try {
        // A copy saved where pasted images go, under the link's name: the post is not touched.
        const { attempt, pending } = current
        onPngCopySaved(await api.saveImage(attempt.postId, attempt.image, pending.name))
      } catch (error) {
        onError(error as Error)
      }
    },
    [waiting, exportImage, onPngCopySaved, onError]
  )

  const copyImage = useCallback(async (): Promise<void> => {
    if (!layout || !options) return
    try {
      // The item takes the promise: the click's permission to write the clipboard is used now,
      // not after the painting, by which time the browser may no longer count it as the writer's.
      const png = cloudImage(layout, options, 'png', false)
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })])
      onCopied()
    } catch (error) {
      onCopyRefused(error instanceof Error ? error.message : String(error))
    }
  }, [layout, options, onCopied, onCopyRefused])

  return {
    busy,
    pending: waiting?.pending ?? null,
    exportImage,
    resolveExisting,
    resolveLink,
    resolveType,
    copyImage
  }
}
