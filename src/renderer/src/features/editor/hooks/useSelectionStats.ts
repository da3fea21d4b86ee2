import { useEffect, useEffectEvent } from 'react'
import { selectionStats } from '@shared/editor/selection-stats'
import type { SelectionStats } from '@shared/editor/selection-stats'
import type { monaco } from '../monaco'

/** Reports what is selected (for the status bar) whenever it changes, post switches included. */
export function useSelectionStats(
  editor: monaco.editor.IStandaloneCodeEditor | null,
  onSelectionChange: (stats: SelectionStats) => void
): void {
  const report = useEffectEvent((stats: SelectionStats) => onSelectionChange(stats))
  useEffect(() => {
    if (!editor) return undefined
    // Moving the caret without selecting reports nothing new: the window need not re-render.
    let last: SelectionStats | null = null
    const update = (): void => {
      const model = editor.getModel()
      const ranges = !model
        ? []
        : (editor.getSelections() ?? []).map((selection) => ({
            text: selection.isEmpty() ? '' : model.getValueInRange(selection),
            startLine: selection.startLineNumber,
            endLine: selection.endLineNumber,
            endColumn: selection.endColumn
          }))
      const stats = selectionStats(ranges, model?.getEOL() ?? '\n')
      // The character count follows from the text.
      if (last && last.text === stats.text && last.lines === stats.lines) return
      last = stats
      report(stats)
    }
    update()
    const subscriptions = [
      editor.onDidChangeCursorSelection(update),
      editor.onDidChangeModel(update)
    ]
    return () => {
      for (const subscription of subscriptions) subscription.dispose()
    }
  }, [editor])
}
