import { useEffect, useEffectEvent } from 'react'
import { selectionStats } from '../../../../../shared/editor/selection-stats'
import type { SelectionStats } from '../../../../../shared/editor/selection-stats'
import type { monaco } from '../monaco'

/** Reports what is selected (for the status bar) on every selection change and post switch. */
export function useSelectionStats(
  editor: monaco.editor.IStandaloneCodeEditor | null,
  onSelectionChange: (stats: SelectionStats) => void
): void {
  const report = useEffectEvent((stats: SelectionStats) => onSelectionChange(stats))
  useEffect(() => {
    if (!editor) return undefined
    const update = (): void => {
      const model = editor.getModel()
      const selections = model ? (editor.getSelections() ?? []) : []
      const ranges = selections.map((selection) => ({
        text: selection.isEmpty() ? '' : model!.getValueInRange(selection),
        startLine: selection.startLineNumber,
        endLine: selection.endLineNumber,
        endColumn: selection.endColumn
      }))
      report(selectionStats(ranges, model?.getEOL() ?? '\n'))
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
