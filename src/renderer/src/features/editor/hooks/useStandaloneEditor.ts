import { useCallback, useState } from 'react'
import type { EditorModels } from '../EditorModels'
import { writingOptions } from '../editorOptions'
import { monaco } from '../monaco'

type Editor = monaco.editor.IStandaloneCodeEditor

/**
 * Creates the Monaco editor once, in the element the returned ref is given, and disposes it when
 * that element goes away. The editor outlives every post switch and every prop change (it only
 * swaps models and updates options), so an IME composition is never cut by a re-render.
 */
export function useStandaloneEditor(
  models: EditorModels
): [(host: HTMLDivElement | null) => (() => void) | undefined, Editor | null] {
  const [editor, setEditor] = useState<Editor | null>(null)
  const hostRef = useCallback(
    (host: HTMLDivElement | null) => {
      if (!host) return undefined
      // No model of its own: it shows the posts' models only.
      const created = monaco.editor.create(host, { ...writingOptions, model: null })
      setEditor(created)
      return () => {
        // Where the writer was in the post shown last, for when it is shown again.
        const model = created.getModel()
        const id = model ? models.idOf(model) : null
        if (id) models.saveViewState(id, created.saveViewState())
        created.dispose()
        setEditor(null)
      }
    },
    [models]
  )
  return [hostRef, editor]
}
