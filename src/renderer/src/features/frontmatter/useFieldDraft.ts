import { useState } from 'react'

interface Draft {
  text: string
  /** The file's text the draft was typed over: a new value in the file discards the draft. */
  base: string
  /** Sent with onCommit and waiting for the file to change. */
  sent: boolean
}

export interface FieldDraft {
  /** What the input shows: the draft, else the file's value. */
  text: string
  edit(text: string): void
  /** Sends the draft (Enter, leaving the field). */
  commit(): void
  /** Drops the draft (Escape). */
  revert(): void
  /** Enter commits, Escape reverts. */
  onKeyDown(event: React.KeyboardEvent<HTMLElement>): void
}

/**
 * What the writer is typing in one field, separate from the file's value, so that a field only
 * writes on Enter or blur, never per keystroke. `send` returns whether it sent a change; when it
 * did not (nothing changed, not a number), the field shows the file's value again. A sent draft
 * stays visible until the file's value changes, so the field does not flicker back meanwhile.
 * A draft `accepts` refuses is never sent: it stays, for the field to show what is wrong with it.
 */
export function useFieldDraft(
  fileText: string,
  send: (text: string) => boolean,
  accepts: (text: string) => boolean = () => true
): FieldDraft {
  const [draft, setDraft] = useState<Draft | null>(null)
  const live = draft !== null && draft.base === fileText ? draft : null

  const commit = (): void => {
    if (!live || live.sent || !accepts(live.text)) return
    setDraft(send(live.text) ? { ...live, sent: true } : null)
  }
  const revert = (): void => setDraft(null)

  return {
    text: live ? live.text : fileText,
    edit: (text) => setDraft({ text, base: fileText, sent: false }),
    commit,
    revert,
    onKeyDown: (event) => {
      if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
        event.preventDefault()
        commit()
      } else if (event.key === 'Escape' && live && !event.nativeEvent.isComposing) {
        // Only swallow Escape when it undid something; otherwise it may close a dialog.
        event.preventDefault()
        event.stopPropagation()
        revert()
      }
    }
  }
}
