import { useEffect, useEffectEvent } from 'react'
import { api } from '../../api'

/**
 * A folder dropped on the window opens it. Only the desktop app can know a dropped folder's path;
 * in a browser tab the writer is told to use Open Folder instead. Files dropped on the editor are
 * the editor's business (images), so drops it handled are left alone.
 */
export function useFolderDrop(onFolder: (path: string) => void, onNoPath: () => void): void {
  const onDrop = useEffectEvent((event: DragEvent): void => {
    if (event.defaultPrevented || !event.dataTransfer) return
    const item = [...event.dataTransfer.items].find((each) => each.kind === 'file')
    const file = item?.getAsFile()
    if (!item || !file) return
    event.preventDefault()
    // Only a folder opens; a stray file dropped outside the editor is ignored.
    if (!(item.webkitGetAsEntry()?.isDirectory ?? false)) return
    const path = api.host.pathOfDropped(file)
    if (path) onFolder(path)
    else onNoPath()
  })
  useEffect(() => {
    const onDragOver = (event: DragEvent): void => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault()
    }
    window.addEventListener('dragover', onDragOver)
    window.addEventListener('drop', onDrop)
    return () => {
      window.removeEventListener('dragover', onDragOver)
      window.removeEventListener('drop', onDrop)
    }
  }, [])
}
