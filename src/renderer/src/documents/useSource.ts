import { useCallback, useRef, useSyncExternalStore } from 'react'
import type { EditorModels } from '../features/editor/EditorModels'

/**
 * The active post's buffer text, following every edit: the preview, outline, form and status bar
 * all render from the buffer, never from the file on disk. The text is fetched from the model
 * once per version, not on every render (a 1 MB buffer is not free to copy).
 */
export function useSource(models: EditorModels, id: string | null): string {
  const cache = useRef<{ id: string | null; version: number; text: string }>({
    id: null,
    version: -1,
    text: ''
  })
  const subscribe = useCallback(
    (onChange: () => void) => models.onDidChangeContent((changed) => changed === id && onChange()),
    [models, id]
  )
  const snapshot = useCallback((): string => {
    if (!id || !models.has(id)) return ''
    const version = models.versionOf(id)
    const cached = cache.current
    if (cached.id !== id || cached.version !== version) {
      cache.current = { id, version, text: models.text(id) }
    }
    return cache.current.text
  }, [models, id])
  return useSyncExternalStore(subscribe, snapshot)
}
