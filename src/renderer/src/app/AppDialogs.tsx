import { HistoryDialog } from '../features/history/HistoryDialog'
import { DeleteDialog } from '../features/posts/DeleteDialog'
import { NewPostDialog } from '../features/posts/NewPostDialog'
import { RenameDialog } from '../features/posts/RenameDialog'
import { TrashDialog } from '../features/posts/TrashDialog'
import { RecoveryDialog } from '../features/recovery/RecoveryDialog'
import { RecreateDialog } from '../features/recovery/RecreateDialog'
import { SettingsDialog } from '../features/settings/SettingsDialog'
import { api } from '../api'
import { AboutDialog } from '../features/about/AboutDialog'
import { ConflictDialog } from '../features/document/ConflictDialog'
import type { DialogState } from './dialogs'
import { useWindow } from './WindowContext'
import { ExternalLinkDialog } from '../features/preview/ExternalLinkDialog'
import { OpenFolderDialog } from '../features/folder/OpenFolderDialog'
import { QuickOpen } from '../features/posts/QuickOpen'
import { UnsavedDialog } from '../features/folder/UnsavedDialog'
import { CommandPalette } from '../commands/CommandPalette'

interface Props {
  dialog: DialogState
  onClose(): void
}

/**
 * The one dialog that is up, and those that can come at any time: a save conflict, saving a post
 * deleted on disk, and unsaved text recovered from a crashed session.
 */
export function AppDialogs(props: Props): React.JSX.Element | null {
  const { dialog, onClose } = props
  const state = useWindow()
  const { documents, actions, recovery, models, theme } = state
  const titleOf = (id: string): string => state.posts.find((post) => post.id === id)?.title || id
  if (documents.conflict) {
    const { conflict } = documents
    return (
      <ConflictDialog
        conflict={conflict}
        mine={models.text(conflict.id)}
        theme={theme}
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
        theme={theme}
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
          recent={state.recentFolders}
          onOpen={state.openFolder}
          onClose={onClose}
        />
      )
    case 'new-post':
      return (
        <NewPostDialog
          jekyll={state.folder?.jekyll ?? false}
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
          dirty={state.dirtyIds.has(dialog.id)}
          onDelete={() => void actions.remove(dialog.id)}
          onClose={onClose}
        />
      )
    case 'trash':
      return <TrashDialog onRestore={actions.restore} onClose={onClose} />
    case 'settings':
      return (
        <SettingsDialog
          settings={state.settings.value}
          onChange={(changes) => void state.settings.update(changes)}
          onAbout={() => state.showDialog({ kind: 'about' })}
          onClose={onClose}
        />
      )
    case 'quick-open':
      return (
        <QuickOpen posts={state.posts} onOpen={(id) => void documents.open(id)} onClose={onClose} />
      )
    case 'external':
      return <ExternalLinkDialog url={dialog.url} onClose={onClose} />
    case 'unsaved': {
      const ids = models.dirtyIds()
      const leave = (): void => {
        onClose()
        void state.leaveFolder(dialog.folder)
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
      if (!doc || !models.has(dialog.id)) return null
      return (
        <HistoryDialog
          id={dialog.id}
          title={titleOf(dialog.id)}
          current={models.text(dialog.id)}
          readOnly={doc.readOnly}
          theme={theme}
          onRestore={(text) => {
            models.replaceText(dialog.id, text)
            onClose()
          }}
          onClose={onClose}
        />
      )
    }
    case 'about':
      return <AboutDialog onClose={onClose} />
    case 'command-palette':
      return <CommandPalette ctx={state} onClose={onClose} />
    case 'none':
      return null
  }
}
