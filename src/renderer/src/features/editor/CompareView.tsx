import { useCallback, useEffect, useState } from 'react'
import { useI18n } from '../../i18n/I18nContext'
import { compareOptions, fontOptions, monacoTheme } from './editorOptions'
import { monaco } from './monaco'
import './editor.css'

export interface CompareViewProps {
  /** The buffer, with the writer's unsaved edits (right side). */
  mine: string
  /** The file as it is on disk now (left side). */
  theirs: string
  theme: 'light' | 'dark'
  /** The writer's editor font settings; the editor's defaults when omitted. */
  fontFamily?: string
  fontSize?: number
  /** What screen readers call each side; the conflict's "on disk" and "your version" when omitted. */
  labels?: { theirs: string; mine: string }
}

interface Diff {
  editor: monaco.editor.IStandaloneDiffEditor
  theirs: monaco.editor.ITextModel
  mine: monaco.editor.ITextModel
}

/**
 * Both versions of a post in a save conflict, side by side with the differences marked: the
 * disk's on the left, the writer's on the right, neither editable. It owns its two models and
 * disposes them with the diff editor. Give its parent a height: it fills it.
 */
export function CompareView({
  mine,
  theirs,
  theme,
  fontFamily = '',
  fontSize = 14,
  labels
}: CompareViewProps): React.JSX.Element {
  const { t } = useI18n()
  const [diff, setDiff] = useState<Diff | null>(null)

  const hostRef = useCallback((host: HTMLDivElement | null) => {
    if (!host) return undefined
    const editor = monaco.editor.createDiffEditor(host, compareOptions)
    const created = {
      editor,
      theirs: monaco.editor.createModel('', 'markdown'),
      mine: monaco.editor.createModel('', 'markdown')
    }
    editor.setModel({ original: created.theirs, modified: created.mine })
    // The change that caused the conflict is often far down a long post: show it, not line 1.
    // The diff updates only when a side's text is set, so this never fights the writer's scrolling.
    editor.onDidUpdateDiff(() => void editor.revealFirstDiff())
    setDiff(created)
    return () => {
      editor.dispose()
      created.theirs.dispose()
      created.mine.dispose()
      setDiff(null)
    }
  }, [])

  useEffect(() => {
    if (diff && diff.theirs.getValue() !== theirs) diff.theirs.setValue(theirs)
  }, [diff, theirs])
  useEffect(() => {
    if (diff && diff.mine.getValue() !== mine) diff.mine.setValue(mine)
  }, [diff, mine])
  useEffect(
    () => diff?.editor.updateOptions(fontOptions(fontFamily, fontSize)),
    [diff, fontFamily, fontSize]
  )
  useEffect(() => {
    const original = labels?.theirs ?? t('editor.compareTheirs')
    const modified = labels?.mine ?? t('editor.compareMine')
    diff?.editor.getOriginalEditor().updateOptions({ ariaLabel: original })
    diff?.editor.getModifiedEditor().updateOptions({ ariaLabel: modified })
  }, [diff, t, labels?.theirs, labels?.mine])
  useEffect(() => monaco.editor.setTheme(monacoTheme(theme)), [theme])

  return <div className="compare-view" data-testid="compare-view" ref={hostRef} />
}
