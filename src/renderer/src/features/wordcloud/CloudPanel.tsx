import { useImperativeHandle, useMemo } from 'react'
import type { Ref } from 'react'
import { maxAnalyzeChars } from '@shared/analysis'
import { commandShortcuts } from '@shared/commands'
import type { ExportCloudResult } from '@shared/cloud/export-types'
import { api } from '../../api'
import { isMac, shortcutAria, shortcutLabel } from '../../commands/shortcut'
import type { Toast } from '../../ui/useToasts'
import { useI18n } from '../../i18n/I18nContext'
import { AddWordForm } from './AddWordForm'
import { blobToBase64 } from './cloud-image'
import { CloudCanvas } from './CloudCanvas'
import { CloudOptionsForm } from './CloudOptionsForm'
import { PendingExportDialog } from './PendingExportDialog'
import { termParts } from './term-parts'
import { useCloud } from './useCloud'
import type { Cloud } from './useCloud'
import { useCloudExport } from './useCloudExport'
import type { WriteThrough } from './useCloudExport'
import { useRequestedExport } from './useExportRequest'
import type { ExportRequest } from './useExportRequest'
import { WordList } from './WordList'
import { WordRules } from './WordRules'
import './wordcloud.css'

/** What the window's commands do to the panel while it is on screen. */
export interface CloudPanelHandle {
  /** A new layout from a new seed (Ctrl/Cmd+Alt+R, or the palette). */
  regenerate(): void
}

interface Props {
  ref?: Ref<CloudPanelHandle>
  postId: string
  /** The editor buffer: the cloud follows it, never the file on disk. */
  source: string
  writeThrough: WriteThrough
  onExported(result: ExportCloudResult): void
  /** An export asked for from elsewhere in the window: run once the cloud is drawn. */
  exportRequest: ExportRequest | null
  onExportRequestSettled(): void
  notify(toast: Omit<Toast, 'id'>): void
  onError(error: Error): void
}

/**
 * The post's word cloud: the picture with Regenerate, export and copy, its options, and the word
 * list with the folder's corrections. Everything redraws from the buffer as the writer types.
 */
export function CloudPanel(props: Props): React.JSX.Element {
  const { ref, postId, source, writeThrough, onExported, notify, onError } = props
  const { t } = useI18n()
  const cloud = useCloud(postId, source, onError)
  const { options, layout, words, stats, mask, change, maskChanged } = cloud
  const exporter = useCloudExport({
    postId,
    layout: layout.busy ? null : layout.layout,
    options,
    writeThrough,
    onExported,
    onError,
    onPngCopySaved: ({ path }) =>
      notify({ kind: 'info', text: t('wordcloud.pngCopySaved', { path }) }),
    onCopied: () => notify({ kind: 'info', text: t('wordcloud.copied') }),
    onCopyRefused: (reason) =>
      notify({ kind: 'error', text: t('wordcloud.copyRefused', { reason }) })
  })
  useImperativeHandle(ref, () => ({ regenerate: cloud.regenerate }), [cloud.regenerate])

  const onMaskFile = async (file: File): Promise<void> => {
    try {
      const path = await api.saveCloudMask(file.name, await blobToBase64(file))
      if (path === options?.mask) maskChanged()
      change({ shape: 'mask', mask: path })
    } catch (error) {
      onError(error as Error)
    }
  }

  const parts = useMemo(() => termParts(stats.stats), [stats.stats])
  const state = panelState(cloud)
  const canUse = state === 'ready' && !exporter.busy
  useRequestedExport(
    props.exportRequest,
    {
      postId,
      source,
      ready: canUse,
      failed: state === 'empty' || state === 'error',
      exportImage: exporter.exportImage
    },
    props.onExportRequestSettled
  )
  const shortcut = commandShortcuts['regenerate-cloud']

  return (
    <section
      className="cloud-panel"
      data-testid="cloud-panel"
      data-state={state}
      aria-label={t('wordcloud.panel')}
      aria-busy={state === 'busy'}
    >
      <div className="cloud-actions" role="toolbar" aria-label={t('wordcloud.panel')}>
        <button
          type="button"
          data-testid="cloud-regenerate"
          disabled={!options}
          title={`${t('wordcloud.regenerateHint')} (${shortcutLabel(shortcut, isMac())})`}
          aria-keyshortcuts={shortcutAria(shortcut, isMac())}
          onClick={cloud.regenerate}
        >
          {t('wordcloud.regenerate')}
        </button>
        <button
          type="button"
          className="primary"
          data-testid="cloud-export-jpg"
          disabled={!canUse}
          onClick={() => void exporter.exportImage('jpg')}
        >
          {t('wordcloud.exportJpg')}
        </button>
        <button
          type="button"
          data-testid="cloud-export-png"
          disabled={!canUse}
          title={t('wordcloud.exportPngHint')}
          onClick={() => void exporter.exportImage('png')}
        >
          {t('wordcloud.exportPng')}
        </button>
        <button
          type="button"
          data-testid="cloud-copy"
          disabled={!canUse}
          onClick={() => void exporter.copyImage()}
        >
          {t('wordcloud.copy')}
        </button>
      </div>

      <div className="cloud-stage">
        <CloudCanvas
          layout={layout.layout}
          width={options?.width ?? 1200}
          height={options?.height ?? 800}
          background={options?.background ?? '#ffffff'}
          font={options?.font ?? null}
          label={t('wordcloud.canvas', { placed: layout.layout?.placed.length ?? 0 })}
        />
        {(state === 'busy' || exporter.busy) && (
          <div className="cloud-busy" role="status">
            <span className="cloud-spinner" aria-hidden="true" />
            {exporter.busy
              ? t('wordcloud.exporting')
              : stats.stats === null
                ? t('wordcloud.analysing')
                : t('wordcloud.laying')}
          </div>
        )}
      </div>
      <StatusLine cloud={cloud} />

      {options && (
        <details className="cloud-section" open>
          <summary>{t('wordcloud.options')}</summary>
          <CloudOptionsForm
            options={options}
            onChange={cloud.change}
            onMaskFile={(file) => void onMaskFile(file)}
          />
        </details>
      )}

      <details className="cloud-section" open>
        <summary>{`${t('wordcloud.words')} (${words?.length ?? 0})`}</summary>
        {words && options && (
          <WordList
            words={words}
            parts={parts}
            emphasis={options.emphasis}
            actions={cloud.actions}
          />
        )}
        <AddWordForm
          onAdd={async (word) => {
            const added = await cloud.actions.addToDictionary(word)
            if (added) notify({ kind: 'info', text: t('wordcloud.addedWord', { word }) })
            return added
          }}
        />
      </details>
      <WordRules postId={postId} cloud={cloud} onError={onError} />

      {exporter.pending && <PendingExportDialog pending={exporter.pending} exporter={exporter} />}
      {mask.error !== null && (
        <p className="cloud-error" role="alert">
          {t('wordcloud.maskFailed', { reason: mask.error })}
        </p>
      )}
    </section>
  )
}

type PanelState = 'busy' | 'ready' | 'empty' | 'error'

/** One word for the panel's state: what the status line says, and what tests wait for. */
function panelState({ options, words, stats, mask, layout }: Cloud): PanelState {
  if (stats.tooLarge || stats.error !== null || mask.error !== null || layout.error !== null)
    return 'error'
  if (!options || !words || stats.busy || mask.loading || layout.busy) return 'busy'
  return words.length === 0 ? 'empty' : 'ready'
}

function StatusLine({ cloud }: { cloud: Cloud }): React.JSX.Element | null {
  const { t } = useI18n()
  const { stats, layout, words } = cloud
  if (stats.tooLarge) {
    return (
      <p className="cloud-error" role="alert" data-testid="cloud-too-large">
        {t('wordcloud.tooLarge', { limit: maxAnalyzeChars / 1024 / 1024 })}
      </p>
    )
  }
  if (stats.error !== null) {
    return (
      <p className="cloud-error" role="alert">
        {t('wordcloud.analysisFailed', { reason: stats.error })}
      </p>
    )
  }
  if (layout.error !== null) {
    return (
      <p className="cloud-error" role="alert">
        {t('wordcloud.layoutFailed', { reason: layout.error })}
      </p>
    )
  }
  if (words?.length === 0) return <p className="cloud-status">{t('wordcloud.noWords')}</p>
  if (!layout.layout) return null
  return (
    <p className="cloud-status" data-testid="cloud-status">
      {t('wordcloud.placed', {
        placed: layout.layout.placed.length,
        requested: layout.layout.requested,
        ms: Math.round(layout.ms)
      })}
    </p>
  )
}
