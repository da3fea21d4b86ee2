import { Dialog } from '../../ui/Dialog'
import { useI18n } from '../../i18n/I18nContext'
import type { TypeChoice } from './useCloudExport'

interface Props {
  /** The file name the post's cloud link names (`wordcloud_x.jpg`). */
  name: string
  onChoose(choice: TypeChoice): void
}

/**
 * Export PNG into a link that names a JPEG: PNG bytes in `x.jpg` would break the image, so the
 * writer saves a PNG copy elsewhere (the link untouched), exports a JPG instead, or cancels.
 */
export function WrongImageTypeDialog({ name, onChoose }: Props): React.JSX.Element {
  const { t } = useI18n()
  return (
    <Dialog
      title={t('wordcloud.wrongTypeTitle')}
      testId="cloud-wrong-type-dialog"
      onClose={() => onChoose('cancel')}
    >
      <p>{t('wordcloud.wrongTypeText', { name })}</p>
      <div className="dialog-buttons">
        <button type="button" className="push-left" onClick={() => onChoose('cancel')}>
          {t('app.cancel')}
        </button>
        <button type="button" onClick={() => onChoose('jpg')}>
          {t('wordcloud.exportJpg')}
        </button>
        <button type="button" className="primary" data-autofocus onClick={() => onChoose('copy')}>
          {t('wordcloud.savePngCopy')}
        </button>
      </div>
    </Dialog>
  )
}
