import { useCallback } from 'react'
import { api } from '@renderer/api'
import { bytesToBase64 } from '@renderer/base64'

/**
 * What the editor calls with images pasted or dropped into a post: each is saved into the folder
 * (the back end picks the place and a free name) and its link comes back for the editor to insert.
 * A file that cannot be saved is reported and left out; the others still go in.
 */
export function usePastedImages(
  postId: string | null,
  onError: (error: Error) => void
): (files: File[]) => Promise<string[]> {
  return useCallback(
    async (files: File[]): Promise<string[]> => {
      if (!postId) return []
      const links: string[] = []
      for (const file of files) {
        try {
          const bytes = new Uint8Array(await file.arrayBuffer())
          links.push((await api.saveImage(postId, bytesToBase64(bytes), file.name)).link)
        } catch (error) {
          onError(error as Error)
        }
      }
      return links
    },
    [postId, onError]
  )
}
