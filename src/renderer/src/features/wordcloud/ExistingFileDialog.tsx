import { Dialog } from '../../ui/Dialog'
import { useI18n } from '../../i18n/I18nContext'
import type { ExistingChoice } from './useCloudExport'

interface Props {
  /** The file in the way, relative to the folder. */
  path: string
  onChoose(choice: ExistingChoice): void
}

/** An export met a file Postcloud did not write: replace it, save beside it, or leave it alone. */
export function ExistingFileDialog({ path, onChoose }: Props): React.JSX.Element {
  const { t } = useI18n()
  return (
    <Dialog
      title={t('wordcloud.existsTitle')}
      testId="cloud-exists-dialog"
      onClose={() => onChoose('cancel')}
    >
      <p>{t('wordcloud.existsText', { path })}</p>
      <div className="dialog-buttons">
        <button type="button" className="push-left" autoFocus onClick={() => onChoose('cancel')}>
          {t('app.cancel')}
        </button>
        <button type="button" onClick={() => onChoose('rename')}>
          {t('wordcloud.saveRenamed')}
        </button>
        <button type="button" className="danger" onClick={() => onChoose('replace')}>
          {t('wordcloud.replace')}
        </button>
      </div>
    </Dialog>
  )
}
