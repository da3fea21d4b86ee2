import { Dialog } from '../../ui/Dialog'
import { useI18n } from '../../i18n/I18nContext'
import type { LinkChoice } from './useCloudExport'

interface Props {
  /** The cloud link as the post has it. */
  link: string
  /** The URL path the published site would request for it. */
  url: string
  /** Where the folder's rule puts the cloud (`assets/wordclouds/<name>`). */
  rule: string
  onChoose(choice: LinkChoice): void
}

/**
 * The post's cloud link would not work on the published site (an image beside a post in
 * `_posts/`, which Jekyll never copies): move it to the folder's rule, which the site publishes,
 * export where it points anyway, or leave everything as it is.
 */
export function UnpublishedLinkDialog({ link, url, rule, onChoose }: Props): React.JSX.Element {
  const { t } = useI18n()
  return (
    <Dialog
      title={t('wordcloud.unpublishedTitle')}
      testId="cloud-unpublished-dialog"
      onClose={() => onChoose('cancel')}
    >
      <p>{t('wordcloud.unpublishedText', { link, url })}</p>
      <div className="dialog-buttons">
        <button type="button" className="push-left" onClick={() => onChoose('cancel')}>
          {t('app.cancel')}
        </button>
        <button type="button" onClick={() => onChoose('keep')}>
          {t('wordcloud.keepLink')}
        </button>
        <button type="button" className="primary" data-autofocus onClick={() => onChoose('move')}>
          {t('wordcloud.moveLink', { rule })}
        </button>
      </div>
    </Dialog>
  )
}
