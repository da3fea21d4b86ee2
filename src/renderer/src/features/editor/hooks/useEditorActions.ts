import { useEffect, useEffectEvent } from 'react'
import { useI18n } from '@renderer/i18n/I18nContext'
import { monaco } from '../monaco'

export interface EditorCommands {
  onSave(): void
  onNewPost(): void
  onQuickOpen(): void
}

const { KeyMod, KeyCode } = monaco

/**
 * Ctrl/Cmd+S, +N and +P run the window's save, new post and quick open while the editor has the
 * focus (Monaco would otherwise keep the keys, or let the browser print the page). They are
 * editor actions, scoped to this editor, and listed in the command palette (F1) by name.
 */
export function useEditorActions(
  editor: monaco.editor.IStandaloneCodeEditor | null,
  commands: EditorCommands
): void {
  const { t } = useI18n()
  const save = useEffectEvent(() => commands.onSave())
  const newPost = useEffectEvent(() => commands.onNewPost())
  const quickOpen = useEffectEvent(() => commands.onQuickOpen())
  useEffect(() => {
    if (!editor) return undefined
    const actions = [
      editor.addAction({
        id: 'postcloud.save',
        label: t('editor.save'),
        keybindings: [KeyMod.CtrlCmd | KeyCode.KeyS],
        run: () => save()
      }),
      editor.addAction({
        id: 'postcloud.newPost',
        label: t('editor.newPost'),
        keybindings: [KeyMod.CtrlCmd | KeyCode.KeyN],
        run: () => newPost()
      }),
      editor.addAction({
        id: 'postcloud.quickOpen',
        label: t('editor.quickOpen'),
        keybindings: [KeyMod.CtrlCmd | KeyCode.KeyP],
        run: () => quickOpen()
      })
    ]
    return () => {
      for (const action of actions) action.dispose()
    }
  }, [editor, t])
}
