import { useCallback, useState } from 'react'

export interface Toast {
  id: number
  kind: 'info' | 'error'
  text: string
  /** An optional action button, e.g. Undo after a delete. */
  action?: { label: string; run(): void }
}

export interface Toasts {
  toasts: Toast[]
  show(toast: Omit<Toast, 'id'>): void
  dismiss(id: number): void
}

let nextId = 1

/** How long a message that needs no answer stays (an Undo is offered for as long). */
const infoMs = 10_000

/** Short messages at the bottom of the window; errors stay until dismissed, others for a while. */
export function useToasts(): Toasts {
  const [toasts, setToasts] = useState<Toast[]>([])
  const dismiss = useCallback((id: number) => {
    setToasts((list) => list.filter((toast) => toast.id !== id))
  }, [])
  const show = useCallback(
    (toast: Omit<Toast, 'id'>) => {
      const id = nextId++
      // Keep the last few: a burst of errors must not cover the window.
      setToasts((list) => [...list.slice(-3), { ...toast, id }])
      if (toast.kind === 'info') setTimeout(() => dismiss(id), infoMs)
    },
    [dismiss]
  )
  return { toasts, show, dismiss }
}
