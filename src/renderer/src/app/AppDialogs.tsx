import type { FolderInfo, PostSummary } from '@shared/post'
import type { EditorModels } from '../features/editor/EditorModels'
import { HistoryDialog } from '../features/history/HistoryDialog'
import { DeleteDialog } from '../features/posts/DeleteDialog'
import { NewPostDialog } from '../features/posts/NewPostDialog'
import { RenameDialog } from '../features/posts/RenameDialog'
import { TrashDialog } from '../features/posts/TrashDialog'
import { RecoveryDialog } from '../features/recovery/RecoveryDialog'
import { RecreateDialog } from '../features/recovery/RecreateDialog'
import type { Recovery } from '../features/recovery/useRecovery'
import { SettingsDialog } from '../features/settings/SettingsDialog'
import { api } from '../api'
import { AboutDialog } from './about/AboutDialog'
import { ConflictDialog } from './ConflictDialog'
import type { DialogState } from './dialogs'
import type { Documents } from './documents/useDocuments'
import { ExternalLinkDialog } from './ExternalLinkDialog'
import { OpenFolderDialog } from './OpenFolderDialog'
import { QuickOpen } from './QuickOpen'
import { UnsavedDialog } from './UnsavedDialog'
import type { PostActions } from './usePostActions'
import type { Settings } from './useSettings'
import type { Theme } from './useTheme'

interface Props {
  dialog: DialogState
  onClose(): void
  /** Replaces the dialog that is up with About (Settings offers it; the web host has no menu). */
  onAbout(): void
  folder: FolderInfo | null
  recentFolders: string[]
  /** Opens a folder, asking first when posts of the current one are unsaved. */
  onOpenFolder(path: string): Promise<boolean>
  /** Opens a folder without asking (the writer has decided about the unsaved posts). */
  onLeaveFolder(path: string): Promise<boolean>
  posts: PostSummary[]
  documents: Documents
  models: EditorModels
  actions: PostActions
  settings: Settings
  theme: Theme
  dirtyIds: ReadonlySet<string>
  recovery: Recovery
}

/**
 * The one dialog that is up, and those that can come at any time: a save conflict, saving a post
 * deleted on disk, and unsaved text recovered from a crashed session.
 */
export function AppDialogs(props: Props): React.JSX.Element | null {
  const { dialog, onClose, documents, actions, recovery } = props
  const titleOf = (id: string): string => props.posts.find((post) => post.id === id)?.title || id
  if (documents.conflict) {
    const { conflict } = documents
    return (
      <ConflictDialog
        conflict={conflict}
        mine={props.models.text(conflict.id)}
        theme={props.theme}
        onKeepMine={() => void documents.keepMine()}
        onTakeTheirs={documents.takeTheirs}
        onClose={documents.dismissConflict}
      />
    )
  }
  if (documents.recreateAsk) {
    const id = documents.recreateAsk
    return (
      <RecreateDialog
        id={id}
        onRecreate={() => void documents.recreate(id)}
        onClose={documents.dismissRecreate}
      />
    )
  }
  if (recovery.shown) {
    return (
      <RecoveryDialog
        buffers={recovery.buffers}
        titleOf={titleOf}
        theme={props.theme}
        onRestore={recovery.restore}
        onDiscard={recovery.discard}
        onClose={recovery.hide}
      />
    )
  }
  switch (dialog.kind) {
    case 'open-folder':
      return (
        <OpenFolderDialog
          recent={props.recentFolders}
          onOpen={props.onOpenFolder}
          onClose={onClose}
        />
      )
    case 'new-post':
      return (
        <NewPostDialog
          jekyll={props.folder?.jekyll ?? false}
          onCreate={actions.create}
          onClose={onClose}
        />
      )
    case 'rename':
      return (
        <RenameDialog
          id={dialog.id}
          onRename={(name) => actions.rename(dialog.id, name)}
          onClose={onClose}
        />
      )
    case 'delete':
      return (
        <DeleteDialog
          id={dialog.id}
          title={titleOf(dialog.id)}
          systemTrash={api.host.kind === 'electron'}
          dirty={props.dirtyIds.has(dialog.id)}
          onDelete={() => void actions.remove(dialog.id)}
          onClose={onClose}
        />
      )
    case 'trash':
      return <TrashDialog onRestore={actions.restore} onClose={onClose} />
    case 'settings':
      return (
        <SettingsDialog
          settings={props.settings.value}
          onChange={(changes) => void props.settings.update(changes)}
          onAbout={props.onAbout}
          onClose={onClose}
        />
      )
    case 'quick-open':
      return (
        <QuickOpen posts={props.posts} onOpen={(id) => void documents.open(id)} onClose={onClose} />
      )
    case 'external':
      return <ExternalLinkDialog url={dialog.url} onClose={onClose} />
    case 'unsaved': {
      const ids = props.models.dirtyIds()
      const leave = (): void => {
        onClose()
        void props.onLeaveFolder(dialog.folder)
      }
      return (
        <UnsavedDialog
          ids={ids}
          onSaveAll={async () => {
            for (const id of ids) if (!(await documents.save(id))) return false
            leave()
            return true
          }}
          onDiscard={() => {
            // Closed here, while their folder is still the open one, so their backups go with them.
            for (const id of ids) documents.closed(id)
            leave()
          }}
          onClose={onClose}
        />
      )
    }
    case 'history': {
      const doc = documents.docs.get(dialog.id)
      if (!doc || !props.models.has(dialog.id)) return null
      return (
        <HistoryDialog
          id={dialog.id}
          title={titleOf(dialog.id)}
          current={props.models.text(dialog.id)}
          readOnly={doc.readOnly}
          theme={props.theme}
          onRestore={(text) => {
            props.models.replaceText(dialog.id, text)
            onClose()
          }}
          onClose={onClose}
        />
      )
    }
    case 'about':
      return <AboutDialog onClose={onClose} />
    case 'none':
      return null
  }
}
