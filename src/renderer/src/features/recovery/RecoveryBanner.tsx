import { useI18n } from '../../i18n/I18nContext'

interface Props {
  onShow(): void
}

/**
 * Over a post whose unsaved text from a crashed session is still undecided: the writer's own
 * typing would replace that backup, so it says so before it happens.
 */
export function RecoveryBanner({ onShow }: Props): React.JSX.Element {
  const { t } = useI18n()
  return (
    <div className="banner banner-warning" role="status" data-testid="recovery-banner">
      <span>{t('recovery.pending')}</span>
      <button type="button" onClick={onShow}>
        {t('recovery.showPending')}
      </button>
    </div>
  )
}
