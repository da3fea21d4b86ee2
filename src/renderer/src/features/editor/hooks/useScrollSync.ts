import { useEffect, useEffectEvent, useRef } from 'react'
import { monaco } from '../monaco'

/** A request to scroll a 0-based line to the top; a new nonce repeats the same line. */
export interface RevealLine {
  line: number
  nonce: number
}

/**
 * Keeps the editor and the preview or outline in step: reports the 0-based line at the top of
 * the editor when the writer scrolls, and scrolls to `revealLine` when it changes. A scroll made
 * for `revealLine` is not reported back, so two panes following each other never ping-pong.
 *
 * Scrolled to its very end, the editor reports the line count (the line after the last): a pane
 * then shows its own end. Its top line alone would leave the pane short of it whenever the last
 * lines render taller there than here, as the cloud image at the end of a report does.
 */
export function useScrollSync(
  editor: monaco.editor.IStandaloneCodeEditor | null,
  revealLine: RevealLine | null,
  onTopLineChange: (line: number) => void
): void {
  const revealing = useRef(false)
  const report = useEffectEvent((line: number) => onTopLineChange(line))

  useEffect(() => {
    if (!editor) return undefined
    let last = -1
    const update = (): void => {
      const top = editor.getVisibleRanges()[0]?.startLineNumber
      const lineCount = editor.getModel()?.getLineCount()
      if (top === undefined || lineCount === undefined) return
      const line = atEnd(editor) ? lineCount : top - 1
      if (line === last) return
      last = line
      if (!revealing.current) report(last)
    }
    update()
    const subscriptions = [
      editor.onDidScrollChange((event) => event.scrollTopChanged && update()),
      editor.onDidChangeModel(update)
    ]
    return () => {
      for (const subscription of subscriptions) subscription.dispose()
    }
  }, [editor])

  useEffect(() => {
    const model = editor?.getModel()
    if (!editor || !model || !revealLine) return
    const lineNumber = Math.min(Math.max(revealLine.line + 1, 1), model.getLineCount())
    revealing.current = true
    try {
      editor.setScrollTop(
        editor.getTopForLineNumber(lineNumber),
        monaco.editor.ScrollType.Immediate
      )
    } finally {
      revealing.current = false
    }
  }, [editor, revealLine])
}

/** Whether the editor can scroll and is scrolled as far down as it goes. */
function atEnd(editor: monaco.editor.IStandaloneCodeEditor): boolean {
  const bottom = editor.getScrollHeight() - editor.getLayoutInfo().height
  return bottom > 0 && editor.getScrollTop() >= bottom - 1
}
