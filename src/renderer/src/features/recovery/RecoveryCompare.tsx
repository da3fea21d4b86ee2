import { lazy, Suspense, useEffect, useState } from 'react'
import { PostcloudError } from '@shared/errors'
import type { RecoverableBuffer } from '@shared/recovery'
import { api } from '../../api'
import { errorText } from '../../ui/errorText'
import { useI18n } from '../../i18n/I18nContext'

const CompareView = lazy(() =>
  import('../editor/CompareView').then((module) => ({ default: module.CompareView }))
)

interface Props {
  buffer: RecoverableBuffer
  theme: 'light' | 'dark'
}

/** What the file on disk holds now, or why it shows nothing. */
type Disk =
  { id: string; text: string } | { id: string; gone: true } | { id: string; problem: string }

/** A recovered buffer beside the file as it is on disk now (empty when the file is gone). */
export function RecoveryCompare({ buffer, theme }: Props): React.JSX.Element {
  const { t } = useI18n()
  const [disk, setDisk] = useState<Disk | null>(null)
  useEffect(() => {
    let current = true
    const { id } = buffer
    api.readPost(id).then(
      (post) => current && setDisk({ id, text: post.raw }),
      (error: Error) => {
        if (!current) return
        if (error instanceof PostcloudError && error.code === 'NOT_FOUND')
          setDisk({ id, gone: true })
        else setDisk({ id, problem: errorText(error, t) })
      }
    )
    return () => {
      current = false
    }
  }, [buffer, t])

  if (disk?.id !== buffer.id) return <p>{t('app.loading')}</p>
  if ('problem' in disk) return <p className="warning">{disk.problem}</p>
  return (
    <>
      {'gone' in disk && (
        <p className="hint" data-testid="recovery-file-gone">
          {t('recovery.fileGone')}
        </p>
      )}
      <div className="compare" aria-label={t('recovery.compareLabel')}>
        <div className="compare-legend">
          <span>{t('recovery.compareDisk')}</span>
          <span>{t('recovery.compareBackup')}</span>
        </div>
        <Suspense fallback={<p>{t('app.loading')}</p>}>
          <CompareView
            mine={buffer.text}
            theirs={'text' in disk ? disk.text : ''}
            theme={theme}
            labels={{
              theirs: t('recovery.compareDiskLabel'),
              mine: t('recovery.compareBackupLabel')
            }}
          />
        </Suspense>
      </div>
    </>
  )
}
