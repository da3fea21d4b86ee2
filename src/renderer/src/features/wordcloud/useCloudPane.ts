import { useCallback, useState } from 'react'
import type { ExportCloudResult } from '@shared/cloud/export-types'
import { findCloudLink } from '@shared/cloud/link'
import type { FolderInfo } from '@shared/folder'
import { api } from '../../api'
import type { Toast } from '../../ui/useToasts'
import type { EditorModels } from '../editor/EditorModels'
import type { SiteWidth } from '../site/WidthPresets'
import { useI18n } from '../../i18n/I18nContext'
import type { PaneTab } from './PaneTabs'

export interface CloudPane {
  tab: PaneTab
  setTab(tab: PaneTab): void
  /** The Site tab's page width; kept here so it survives switching tabs. */
  siteWidth: SiteWidth
  setSiteWidth(width: SiteWidth): void
  /** The Site tab learnt whether the folder's site lays out its pages itself. */
  onSiteLayouts(own: boolean): void
  /** The URL of an image of the folder for the preview, new after each export. */
  assetUrl(path: string): string
  onExported(id: string, result: ExportCloudResult): void
}

/**
 * The shell's side of the cloud: which tab the right-hand pane shows, and what follows an export
 * (a toast naming the file, with a button that shows the image in the preview). A Jekyll site
 * opens on the Site tab, other folders on the Preview; a site that turns out to have no layouts
 * of its own (Postcloud's plain layout) goes back to the Preview unless the writer chose a tab.
 */
export function useCloudPane(
  models: EditorModels,
  folder: FolderInfo | null,
  revealLine: (line: number) => void,
  show: (toast: Omit<Toast, 'id'>) => void
): CloudPane {
  const { t } = useI18n()
  const folderPath = folder?.path ?? ''
  const [chosen, setChosen] = useState<{ folder: string; tab: PaneTab } | null>(null)
  const [plainSite, setPlainSite] = useState<string | null>(null)
  const [siteWidth, setSiteWidth] = useState<SiteWidth>('desktop')
  const defaultTab: PaneTab = folder?.jekyll && plainSite !== folderPath ? 'site' : 'preview'
  const tab = chosen?.folder === folderPath ? chosen.tab : defaultTab
  const setTab = useCallback(
    (next: PaneTab) => setChosen({ folder: folderPath, tab: next }),
    [folderPath]
  )
  const onSiteLayouts = useCallback(
    (own: boolean) => setPlainSite(own ? null : folderPath),
    [folderPath]
  )
  // Bumped by each export: a rewritten image gets a new URL, so no cache shows the old picture.
  const [imageVersion, setImageVersion] = useState(0)
  const assetUrl = useCallback(
    (path: string) =>
      imageVersion === 0 ? api.assetUrl(path) : `${api.assetUrl(path)}?v=${imageVersion}`,
    [imageVersion]
  )
  const onExported = useCallback(
    (id: string, result: ExportCloudResult) => {
      setImageVersion((version) => version + 1)
      const showImage = (): void => {
        setTab('preview')
        // The editor scrolls to the link, and the preview follows it to the image.
        const text = models.has(id) ? models.text(id) : ''
        const link = findCloudLink(text)
        if (link) revealLine(text.slice(0, link.start).split('\n').length - 1)
      }
      show({
        kind: 'info',
        text: t('wordcloud.exported', { path: result.imagePath }),
        action: { label: t('wordcloud.showInPreview'), run: showImage }
      })
    },
    [models, revealLine, setTab, show, t]
  )
  return { tab, setTab, siteWidth, setSiteWidth, onSiteLayouts, assetUrl, onExported }
}
