import { useEffect, useEffectEvent } from 'react'
import { imageBlock, imageMarkdown, isImagePaste } from '@shared/editor/image-markdown'
import { monaco } from '../monaco'

type Editor = monaco.editor.IStandaloneCodeEditor

/**
 * Saves images and returns the link of each one saved. Failures are the window's to report: a
 * file whose save rejects or returns no link gets no line.
 */
export type SaveImages = (files: File[]) => Promise<string[]>

function isImageType(type: string): boolean {
  return type.startsWith('image/')
}

/**
 * Saves each image and inserts `![name](link)` lines where `range` was when the paste or drop
 * happened: a decoration tracks that spot while the images are saved, so typing meanwhile does
 * not misplace them, and a post switched away from still gets them in its own buffer.
 * Files are saved one at a time so that each link is known to belong to its file's name.
 */
async function insertImages(
  editor: Editor,
  range: monaco.IRange,
  files: File[],
  save: SaveImages
): Promise<void> {
  const model = editor.getModel()
  if (!model) return
  const [marker] = model.deltaDecorations(
    [],
    [
      {
        range,
        options: { stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges }
      }
    ]
  )
  const lines: string[] = []
  for (const file of files) {
    const [link] = await save([file]).catch((): string[] => [])
    if (link !== undefined) lines.push(imageMarkdown(file.name, link))
  }
  // The post may have been closed while the images were saved: then there is nowhere to link them.
  if (model.isDisposed()) return
  const spot = model.getDecorationRange(marker)
  model.deltaDecorations([marker], [])
  if (!spot || lines.length === 0) return
  const before = model.getValueInRange({
    ...spot,
    startColumn: 1,
    endColumn: spot.startColumn,
    endLineNumber: spot.startLineNumber
  })
  const after = model.getValueInRange({
    startLineNumber: spot.endLineNumber,
    startColumn: spot.endColumn,
    endLineNumber: spot.endLineNumber,
    endColumn: model.getLineMaxColumn(spot.endLineNumber)
  })
  const edit = {
    range: spot,
    text: imageBlock(lines, before, after, model.getEOL()),
    forceMoveMarkers: true
  }
  if (editor.getModel() === model) {
    // One undo step, with the cursor after the images, as after a paste of text.
    editor.pushUndoStop()
    editor.executeEdits('postcloud.images', [edit], (inverse) =>
      inverse.slice(0, 1).map((change) => {
        const end = monaco.Range.lift(change.range).getEndPosition()
        return new monaco.Selection(end.lineNumber, end.column, end.lineNumber, end.column)
      })
    )
    editor.pushUndoStop()
  } else {
    model.pushStackElement()
    model.pushEditOperations([], [edit], () => null)
    model.pushStackElement()
  }
}

/**
 * Images pasted or dropped on the editor are saved through `onImageFiles` and linked where they
 * landed. Everything else is left to Monaco (text pastes stay text) or to the window (a folder
 * dropped on the editor still opens). Listeners run in the capture phase, before Monaco's own.
 */
export function useImageInsertion(
  editor: Editor | null,
  readOnly: boolean,
  onImageFiles: SaveImages
): void {
  const save = useEffectEvent((files: File[]) => onImageFiles(files))
  const isReadOnly = useEffectEvent(() => readOnly)

  useEffect(() => {
    if (!editor) return undefined
    const node = editor.getContainerDomNode()
    const start = (range: monaco.IRange, files: File[]): void => {
      void insertImages(editor, range, files, save)
    }

    const onPaste = (event: ClipboardEvent): void => {
      const data = event.clipboardData
      if (!data || isReadOnly()) return
      const files = [...data.files]
      const paste = {
        fileTypes: files.map((file) => file.type),
        plainText: data.getData('text/plain')
      }
      if (!isImagePaste(paste)) return
      event.preventDefault()
      event.stopPropagation()
      const selection = editor.getSelection()
      if (selection)
        start(
          selection,
          files.filter((file) => isImageType(file.type))
        )
    }

    const hasImages = (event: DragEvent): boolean =>
      [...(event.dataTransfer?.items ?? [])].some(
        (item) => item.kind === 'file' && isImageType(item.type)
      )

    const onDragOver = (event: DragEvent): void => {
      if (!hasImages(event) || isReadOnly()) return
      event.preventDefault()
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
    }

    const onDrop = (event: DragEvent): void => {
      const files = [...(event.dataTransfer?.files ?? [])].filter((file) => isImageType(file.type))
      if (files.length === 0) return
      // Handled here even when read-only: a dropped image must never navigate the window away.
      event.preventDefault()
      event.stopPropagation()
      if (isReadOnly()) return
      const position =
        editor.getTargetAtClientPoint(event.clientX, event.clientY)?.position ??
        editor.getPosition()
      if (!position) return
      editor.focus()
      start(monaco.Range.fromPositions(position), files)
    }

    node.addEventListener('paste', onPaste, true)
    node.addEventListener('dragover', onDragOver, true)
    node.addEventListener('drop', onDrop, true)
    return () => {
      node.removeEventListener('paste', onPaste, true)
      node.removeEventListener('dragover', onDragOver, true)
      node.removeEventListener('drop', onDrop, true)
    }
  }, [editor])
}
