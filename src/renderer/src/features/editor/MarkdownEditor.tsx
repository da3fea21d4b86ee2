import { useEffect } from 'react'
import type { CommandId } from '@shared/commands'
import type { SelectionStats } from '@shared/editor/selection-stats'
import { useI18n } from '../../i18n/I18nContext'
import type { EditorModels } from './EditorModels'
import { fontOptions, monacoTheme } from './editorOptions'
import { useEditorActions } from './hooks/useEditorActions'
import type { EditorCommand } from './hooks/useEditorActions'
import { useImageInsertion } from './hooks/useImageInsertion'
import type { SaveImages } from './hooks/useImageInsertion'
import { useModelBinding } from './hooks/useModelBinding'
import type { RevealLine } from './hooks/useScrollSync'
import { useScrollSync } from './hooks/useScrollSync'
import { useSelectionStats } from './hooks/useSelectionStats'
import { useStandaloneEditor } from './hooks/useStandaloneEditor'
import { monaco } from './monaco'
import './editor.css'

export interface MarkdownEditorProps {
  /** The post to show; its model must be opened in `models` (it appears as soon as it is). */
  postId: string | null
  models: EditorModels
  theme: 'light' | 'dark'
  /** The writer's CSS font list ('' for none); CJK fallbacks and the bundled font follow it. */
  fontFamily: string
  fontSize: number
  readOnly: boolean
  /** The window's commands the editor binds to their keys (its own keys are Monaco's). */
  commands: readonly EditorCommand[]
  /** A command's key was pressed in the editor. */
  onCommand(id: CommandId): void
  /** Every selection change and post switch: characters (no line breaks), lines and the text. */
  onSelectionChange(stats: SelectionStats): void
  /**
   * The 0-based line at the top of the editor after the writer scrolled (not after revealLine);
   * the line count once it is scrolled to its end, so a pane following it shows its end too.
   */
  onTopLineChange(line: number): void
  /**
   * Saves pasted or dropped images and resolves to the link of each one saved (`SavedImage.link`);
   * the editor writes `![file name](link)` lines at the cursor or the drop point. It is called
   * with one file at a time, so every link belongs to its file. Report failures there.
   */
  onImageFiles: SaveImages
  /** Scrolls this 0-based line to the top (outline or preview sync); a new nonce repeats it. */
  revealLine: RevealLine | null
}

/**
 * The Monaco editor for the open post's Markdown. One editor for the window's lifetime: switching
 * posts swaps models (each post keeps its undo history and its cursor and scroll), and props only
 * update options. The editing surface carries `data-testid="editor"`.
 */
export function MarkdownEditor(props: MarkdownEditorProps): React.JSX.Element {
  const { models, theme, fontFamily, fontSize, readOnly } = props
  const { t } = useI18n()
  const [hostRef, editor] = useStandaloneEditor(models)

  useModelBinding(editor, models, props.postId)
  useEditorActions(editor, props.commands, props.onCommand)
  useSelectionStats(editor, props.onSelectionChange)
  useScrollSync(editor, props.revealLine, props.onTopLineChange)
  useImageInsertion(editor, readOnly, props.onImageFiles)

  useEffect(
    () => editor?.updateOptions(fontOptions(fontFamily, fontSize)),
    [editor, fontFamily, fontSize]
  )
  useEffect(() => editor?.updateOptions({ readOnly }), [editor, readOnly])
  useEffect(() => editor?.updateOptions({ ariaLabel: t('editor.label') }), [editor, t])
  useEffect(() => monaco.editor.setTheme(monacoTheme(theme)), [theme])

  return <div className="markdown-editor" data-testid="editor" ref={hostRef} />
}
