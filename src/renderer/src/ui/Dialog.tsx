import { useEffect, useRef } from 'react'
import type { ReactNode } from 'react'

interface Props {
  title: string
  testId?: string
  onClose(): void
  children: ReactNode
  className?: string
}

/**
 * A modal built on the native `<dialog>`: it traps focus, closes on Escape and is announced with
 * its title, which is what a keyboard or screen-reader user expects of a desktop dialog.
 */
export function Dialog({ title, testId, onClose, children, className }: Props): React.JSX.Element {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog || dialog.open) return
    dialog.showModal()
    // React's autoFocus runs before the dialog is open, when nothing in it can take focus, and
    // showModal then focuses the first button; a `data-autofocus` one is the default instead.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus()
  }, [])
  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`}
      data-testid={testId}
      aria-labelledby="dialog-title"
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <h2 id="dialog-title">{title}</h2>
      {children}
    </dialog>
  )
}
