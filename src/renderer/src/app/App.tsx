import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { FolderEvent } from '@shared/folder-events'
import { facets, listedPosts } from '@shared/posts/filter'
import type { PostFilter } from '@shared/posts/filter'
import { api } from '../api'
import { Outline } from '../features/document/Outline'
import { StatusBar } from '../features/document/StatusBar'
import { EditorModels } from '../features/editor/EditorModels'
import { FrontMatterForm } from '../features/frontmatter/FrontMatterForm'
import { PostFilters } from '../features/posts/PostFilters'
import { PostList } from '../features/posts/PostList'
import { usePosts } from '../features/posts/usePosts'
import { useOpenNewestPost } from '../features/posts/useOpenNewestPost'
import { useSearch } from '../features/posts/useSearch'
import { Preview } from '../features/preview/Preview'
import { RecoveryBanner } from '../features/recovery/RecoveryBanner'
import { useRecovery } from '../features/recovery/useRecovery'
import { SiteView } from '../features/site/SiteView'
import { CloudPanel } from '../features/wordcloud/CloudPanel'
import type { CloudPanelHandle } from '../features/wordcloud/CloudPanel'
import { PaneTabs } from '../features/wordcloud/PaneTabs'
import { useCloudPane } from '../features/wordcloud/useCloudPane'
import { useExportRequest } from '../features/wordcloud/useExportRequest'
import { useI18n } from '../i18n/I18nContext'
import { AppDialogs } from './AppDialogs'
import { WindowContext } from './WindowContext'
import type { WindowState } from './WindowContext'
import { DocumentBanner } from '../features/document/DocumentBanner'
import { noDialog } from './dialogs'
import type { DialogState } from './dialogs'
import { useAutosave } from '../documents/useAutosave'
import { useBackups } from '../documents/useBackups'
import { DocumentSession } from '../documents/DocumentSession'
import { useDocuments } from '../documents/useDocuments'
import { errorText } from '../ui/errorText'
import { openOutside } from '../features/preview/ExternalLinkDialog'
import { ToastList } from '../ui/ToastList'
import { Toolbar } from './Toolbar'
import { runCommand, windowKeyCommands } from '../commands/registry'
import { useCommandBindings } from '../commands/useCommandBindings'
import { useDirtyIds } from '../documents/useDirtyIds'
import { useFolder } from '../features/folder/useFolder'
import { useFolderDrop } from '../features/folder/useFolderDrop'
import { usePastedImages } from '../features/editor/hooks/usePastedImages'
import { usePostActions } from '../features/posts/usePostActions'
import type { Settings } from './useSettings'
import { useSource } from '../documents/useSource'
import type { Theme } from '../ui/useTheme'
import type { Toasts } from '../ui/useToasts'

const MarkdownEditor = lazy(() =>
  import('../features/editor/MarkdownEditor').then((module) => ({ default: module.MarkdownEditor }))
)

interface Props {
  settings: Settings
  theme: Theme
  toasts: Toasts
}

/** The window: posts on the left, the editor in the middle, the preview on the right. */
export function App({ settings, theme, toasts }: Props): React.JSX.Element {
  const { t } = useI18n()
  const { show } = toasts
  const onError = useCallback(
    (error: Error) => show({ kind: 'error', text: errorText(error, t) }),
    [show, t]
  )
  const folderState = useFolder(onError)
  const { folder } = folderState
  const models = useMemo(() => new EditorModels(), [])
  const session = useMemo(() => new DocumentSession(api, models), [models])
  const documents = useDocuments(session, onError)
  const { docs, activeId, diskChanged } = documents
  const actions = usePostActions(documents, toasts, onError)
  const [dialog, setDialog] = useState<DialogState>(noDialog)
  const onBackupFailure = useCallback(
    (error: Error) =>
      show({ kind: 'error', text: t('recovery.backupFailed', { reason: errorText(error, t) }) }),
    [show, t]
  )
  const backups = useBackups(models, session, onBackupFailure)
  useAutosave(models, session, settings.value.autosave, settings.value.autosaveDelayMs)
  const recovery = useRecovery(folder?.path ?? null, models, documents.restore, onError)

  const { recheckAll } = documents
  const { recheck: recheckRecoverable } = recovery
  const onLibraryEvent = useCallback(
    (event: FolderEvent) => {
      if (event.kind === 'rescan') recheckAll()
      else if (event.kind === 'recoverable') recheckRecoverable()
      else void diskChanged(event.id, event.kind === 'unlink')
    },
    [diskChanged, recheckAll, recheckRecoverable]
  )
  const posts = usePosts(folder, onLibraryEvent)
  useOpenNewestPost(folder?.path ?? null, posts, documents.openFirst)
  const [query, setQuery] = useState('')
  const [filter, setFilter] = useState<PostFilter>({ category: null, tag: null })
  const hits = useSearch(query, posts, onError)
  const rows = useMemo(() => listedPosts(posts, filter, hits), [posts, filter, hits])
  const { categories, tags } = useMemo(() => facets(posts), [posts])
  const dirtyIds = useDirtyIds(models)

  const active = activeId ? docs.get(activeId) : undefined
  const source = useSource(models, activeId)
  const [selection, setSelection] = useState<{ chars: number; lines: number; text: string } | null>(
    null
  )
  const [editorTop, setEditorTop] = useState<number | null>(null)
  const [reveal, setReveal] = useState<{ line: number; nonce: number } | null>(null)
  const revealLine = useCallback((line: number) => setReveal({ line, nonce: Date.now() }), [])
  const cloudPane = useCloudPane(models, folder, revealLine, show)
  const exportRequests = useExportRequest(cloudPane.tab, cloudPane.setTab)
  const cloudPanel = useRef<CloudPanelHandle>(null)
  // Electron's main process asks the writer itself, natively: one question, not two.
  const openExternal = (url: string): void =>
    api.host.kind === 'electron' ? openOutside(url) : setDialog({ kind: 'external', url })
  const onPaneTopLine = (line: number): void => {
    revealLine(line)
    setEditorTop(line)
  }
  // A diagnostic of the Site tab names a file of the folder and a 1-based line.
  const openFileAt = (file: string, line: number | null): void =>
    void documents.open(file).then((opened) => {
      if (opened && line !== null) revealLine(Math.max(0, line - 1))
    })

  // Closing a folder's posts when another folder opens: their ids mean nothing there.
  const openedFolder = useRef(folder?.path)
  useEffect(() => {
    if (openedFolder.current !== folder?.path) {
      for (const id of docs.keys()) documents.closed(id)
      openedFolder.current = folder?.path
    }
  }, [folder, docs, documents])

  const title = active ? (posts.find((post) => post.id === active.id)?.title ?? active.id) : null
  useEffect(() => {
    const dirty = active && dirtyIds.has(active.id) ? '● ' : ''
    document.title = title ? `${dirty}${title} — ${t('app.name')}` : t('app.name')
  }, [title, active, dirtyIds, t])

  // Leaving a folder with unsaved posts asks first: their buffers belong to the folder being left.
  const openFolderPath = useCallback(
    async (path: string): Promise<boolean> => {
      if (models.dirtyIds().length > 0) {
        setDialog({ kind: 'unsaved', folder: path })
        return false
      }
      return folderState.open(path)
    },
    [models, folderState]
  )

  // Backups and discards of the folder being left reach the back end before it opens another.
  const leaveFolder = useCallback(
    async (path: string): Promise<boolean> => {
      await backups.settled()
      return folderState.open(path)
    },
    [backups, folderState]
  )

  useFolderDrop(
    (path) => void openFolderPath(path),
    () => show({ kind: 'info', text: t('app.dropNeedsDesktop') })
  )

  // Nothing typed is lost by closing the tab or window by accident.
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      if (models.dirtyIds().length > 0) event.preventDefault()
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [models])

  const onImageFiles = usePastedImages(activeId, onError)

  const saveState = !active
    ? 'saved'
    : active.readOnly
      ? 'readonly'
      : active.saving
        ? 'saving'
        : active.saveError
          ? 'error'
          : dirtyIds.has(active.id)
            ? 'dirty'
            : 'saved'

  const windowState: WindowState = {
    folder,
    recentFolders: folderState.recent,
    openFolder: openFolderPath,
    leaveFolder,
    posts,
    documents,
    models,
    actions,
    settings,
    theme,
    dirtyIds,
    recovery,
    showDialog: setDialog,
    activePost: active ?? null,
    webHost: api.host.kind === 'web',
    // The panel is on screen exactly when this holds (see the pane below).
    regenerateCloud:
      active && folder && cloudPane.tab === 'cloud' ? () => cloudPanel.current?.regenerate() : null,
    exportCloud: () => {
      if (active) exportRequests.requestExport(active.id)
    }
  }
  const exportCloud = (): void => runCommand('export-cloud', windowState)
  useCommandBindings(windowState)
  const editorCommands = useMemo(
    () => windowKeyCommands.map(({ id, label, shortcut }) => ({ id, label: t(label), shortcut })),
    [t]
  )

  return (
    <WindowContext.Provider value={windowState}>
      <div className="app">
        <Toolbar />
        <aside className="sidebar" aria-label={t('app.sidebar')}>
          <PostFilters
            query={query}
            onQuery={setQuery}
            filter={filter}
            onFilter={setFilter}
            categories={categories}
            tags={tags}
          />
          <PostList
            rows={rows}
            selected={activeId}
            dirtyIds={dirtyIds}
            onOpen={(id) => void documents.open(id)}
            onRename={(id) => setDialog({ kind: 'rename', id })}
            onDelete={(id) => setDialog({ kind: 'delete', id })}
          />
          {active && (
            <section className="outline-pane" aria-label={t('app.outline')}>
              <h2 className="pane-title">{t('app.outline')}</h2>
              <Outline source={source} activeLine={editorTop} onJump={revealLine} />
            </section>
          )}
        </aside>
        <main className="workspace">
          {active ? (
            <>
              <DocumentBanner
                doc={active}
                onRecreate={() => void documents.recreate(active.id)}
                onConverted={() => void diskChanged(active.id, false)}
                onError={onError}
              />
              {recovery.buffers.some((buffer) => buffer.id === active.id) && (
                <RecoveryBanner onShow={recovery.show} />
              )}
              <FrontMatterForm
                source={source}
                status={active.frontMatterStatus}
                problem={active.frontMatterProblem}
                postId={active.id}
                timezone={folder?.timezone ?? null}
                readOnly={active.readOnly}
                onChange={(changes) => void documents.setFrontMatter(active.id, changes)}
                onRename={(fileName) => actions.rename(active.id, fileName)}
              />
              <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
                <MarkdownEditor
                  postId={activeId}
                  models={models}
                  theme={theme}
                  fontFamily={settings.value.editorFontFamily}
                  fontSize={settings.value.editorFontSize}
                  readOnly={active.readOnly}
                  commands={editorCommands}
                  onCommand={(id) => runCommand(id, windowState)}
                  onSelectionChange={setSelection}
                  onTopLineChange={setEditorTop}
                  onImageFiles={onImageFiles}
                  revealLine={reveal}
                />
              </Suspense>
            </>
          ) : (
            <div className="welcome">
              <p>{folder ? t('app.pickPost') : t('app.noFolder')}</p>
            </div>
          )}
        </main>
        <section className="preview-pane" aria-label={t('app.preview')}>
          {active && folder && (
            <PaneTabs tab={cloudPane.tab} onTab={exportRequests.choseTab}>
              {cloudPane.tab === 'preview' ? (
                <Preview
                  source={source}
                  postId={active.id}
                  folder={folder}
                  allowRemote={settings.value.remoteContent}
                  assetUrl={cloudPane.assetUrl}
                  onOpenExternal={openExternal}
                  onExportCloud={exportCloud}
                  syncLine={editorTop}
                  onTopLineChange={onPaneTopLine}
                />
              ) : cloudPane.tab === 'site' ? (
                <SiteView
                  source={source}
                  postId={active.id}
                  folder={folder}
                  allowRemote={settings.value.remoteContent}
                  assetUrl={cloudPane.assetUrl}
                  width={cloudPane.siteWidth}
                  onWidth={cloudPane.setSiteWidth}
                  onOpenExternal={openExternal}
                  onOpenFile={openFileAt}
                  onSiteLayouts={cloudPane.onSiteLayouts}
                  onExportCloud={exportCloud}
                  syncLine={editorTop}
                  onTopLineChange={onPaneTopLine}
                />
              ) : (
                <CloudPanel
                  ref={cloudPanel}
                  postId={active.id}
                  source={source}
                  writeThrough={documents.writeThrough}
                  onExported={(result) => {
                    cloudPane.onExported(active.id, result)
                    exportRequests.exported()
                  }}
                  exportRequest={exportRequests.request}
                  onExportRequestSettled={exportRequests.settled}
                  notify={show}
                  onError={onError}
                />
              )}
            </PaneTabs>
          )}
        </section>
        <StatusBar
          source={source}
          selection={selection}
          saveState={saveState}
          bom={active?.bom ?? false}
          encoding={active?.encoding ?? 'utf-8'}
          lineEnding={active?.lineEnding ?? 'lf'}
        />
        <AppDialogs dialog={dialog} onClose={() => setDialog(noDialog)} />
        <ToastList {...toasts} />
      </div>
    </WindowContext.Provider>
  )
}
