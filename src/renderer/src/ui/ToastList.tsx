import { useI18n } from '../i18n/I18nContext'
import type { Toasts } from './useToasts'

/** The toasts, announced to screen readers as they appear. */
export function ToastList({ toasts, dismiss }: Toasts): React.JSX.Element {
  const { t } = useI18n()
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div
          key={toast.id}
          className={`toast toast-${toast.kind}`}
          role={toast.kind === 'error' ? 'alert' : undefined}
        >
          <span>{toast.text}</span>
          {toast.action && (
            <button
              type="button"
              onClick={() => {
                toast.action?.run()
                dismiss(toast.id)
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button
            type="button"
            className="icon"
            aria-label={t('app.dismiss')}
            onClick={() => dismiss(toast.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  )
}
