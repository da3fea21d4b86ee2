import { useCallback, useRef, useSyncExternalStore } from 'react'
import type { EditorModels } from '../features/editor/EditorModels'

/** The ids of posts with unsaved changes, for the list's marks and the window title. */
export function useDirtyIds(models: EditorModels): ReadonlySet<string> {
  const cache = useRef<{ key: string; ids: ReadonlySet<string> }>({ key: '', ids: new Set() })
  const subscribe = useCallback(
    (onChange: () => void) => models.onDidChangeDirty(onChange),
    [models]
  )
  const snapshot = useCallback((): ReadonlySet<string> => {
    const ids = models.dirtyIds()
    const key = ids.join('\n')
    // The same set object while nothing changed, or React would render forever.
    if (key !== cache.current.key) cache.current = { key, ids: new Set(ids) }
    return cache.current.ids
  }, [models])
  return useSyncExternalStore(subscribe, snapshot)
}
