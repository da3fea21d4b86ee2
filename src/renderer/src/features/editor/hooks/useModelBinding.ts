import { useEffect } from 'react'
import type { EditorModels } from '../EditorModels'
import type { monaco } from '../monaco'

/**
 * Shows the post's model in the editor, keeping the view state (cursor, scroll, folds) of the
 * post it replaces and restoring the one of the post it shows. It follows the models too: a post
 * opened after `postId` was set appears as soon as its model exists, and a renamed post keeps its
 * model (and so its cursor and undo history) under the new id.
 */
export function useModelBinding(
  editor: monaco.editor.IStandaloneCodeEditor | null,
  models: EditorModels,
  postId: string | null
): void {
  useEffect(() => {
    if (!editor) return undefined
    const show = (): void => {
      const target = postId ? models.model(postId) : null
      const current = editor.getModel()
      if (current === target) return
      const currentId = current ? models.idOf(current) : null
      if (currentId) models.saveViewState(currentId, editor.saveViewState())
      editor.setModel(target)
      const state = postId && target ? models.viewState(postId) : null
      if (state) editor.restoreViewState(state)
    }
    show()
    return models.onDidChangeModels(show)
  }, [editor, models, postId])
}
