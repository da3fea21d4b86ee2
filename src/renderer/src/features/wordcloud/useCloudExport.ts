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
import { api } from '../../api'
import { blobToBase64, cloudImage } from './cloud-image'

/** Runs a back-end write into the post with unsaved edits saved first (the session's writeThrough). */
export type WriteThrough = <T extends { postChanged: boolean }>(
  id: string,
  write: (expected: PostStamp) => Promise<T>
) => Promise<T | null>

/** An export that found a file Postcloud did not write where the image goes: the writer decides. */
export interface ExistingFile {
  format: CloudImageFormat
  detail: string
}

export type ExistingChoice = 'replace' | 'rename' | 'cancel'

export interface CloudExport {
  busy: boolean
  existing: ExistingFile | null
  exportImage(format: CloudImageFormat): Promise<void>
  resolveExisting(choice: ExistingChoice): Promise<void>
  copyImage(): Promise<void>
}

interface Inputs {
  postId: string
  /** The layout on screen, null while none is ready (nothing to export then). */
  layout: CloudLayout | null
  options: CloudOptions | null
  writeThrough: WriteThrough
  onExported(result: ExportCloudResult): void
  onCopied(): void
  onCopyRefused(reason: string): void
  onError(error: Error): void
}

/**
 * Export and copy of the cloud on screen. The image is painted here at the export scale and sent
 * with the options it was drawn with; the back end writes it and inserts or updates the post's
 * link. A file of that name that Postcloud did not write stops the export until the writer picks
 * replace, a new name, or cancel; the painted image waits for that answer instead of being redrawn.
 */
export function useCloudExport(inputs: Inputs): CloudExport {
  const { postId, layout, options, writeThrough, onExported, onError } = inputs
  const { onCopied, onCopyRefused } = inputs
  const [busy, setBusy] = useState(false)
  const [existing, setExisting] = useState<
    (ExistingFile & { image: string; cloud: CloudOptions; postId: string }) | null
  >(null)

  const send = useCallback(
    async (
      target: string,
      image: string,
      format: CloudImageFormat,
      cloud: CloudOptions,
      onExisting: ExportCloudOptions['onExisting']
    ): Promise<void> => {
      try {
        const result = await writeThrough(target, (expected) =>
          api.exportCloud(target, image, { format, expected, cloud, onExisting })
        )
        if (result) onExported(result)
      } catch (error) {
        if (error instanceof PostcloudError && error.code === 'EXISTS' && onExisting === 'refuse') {
          setExisting({ format, detail: error.message, image, cloud, postId: target })
        } else onError(error as Error)
      }
    },
    [writeThrough, onExported, onError]
  )

  const exportImage = useCallback(
    async (format: CloudImageFormat): Promise<void> => {
      if (!layout || !options || busy) return
      setBusy(true)
      try {
        const image = await blobToBase64(await cloudImage(layout, options, format))
        await send(postId, image, format, options, 'refuse')
      } catch (error) {
        onError(error as Error)
      } finally {
        setBusy(false)
      }
    },
    [layout, options, busy, postId, send, onError]
  )

  const resolveExisting = useCallback(
    async (choice: ExistingChoice): Promise<void> => {
      const waiting = existing
      setExisting(null)
      if (!waiting || choice === 'cancel') return
      setBusy(true)
      try {
        await send(waiting.postId, waiting.image, waiting.format, waiting.cloud, choice)
      } finally {
        setBusy(false)
      }
    },
    [existing, send]
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
    existing: existing && { format: existing.format, detail: existing.detail },
    exportImage,
    resolveExisting,
    copyImage
  }
}
