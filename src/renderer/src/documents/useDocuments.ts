import { useEffect, useMemo, useSyncExternalStore } from 'react'
import type { DocumentSession, DocumentsState } from './DocumentSession'

/**
 * Every public operation of the session, bound so it can be passed as a callback. A new operation
 * makes the compiler point here.
 */
type Operations = Omit<DocumentSession, 'subscribe' | 'getSnapshot' | 'onError'>

/** The session's state as of this render, with its operations. */
export type Documents = DocumentsState & Operations

/**
 * Binds the window to the document session: renders again when its state changes, and shows the
 * failures it reports through `onError`.
 */
export function useDocuments(session: DocumentSession, onError: (error: Error) => void): Documents {
  const state = useSyncExternalStore(session.subscribe, session.getSnapshot)
  useEffect(() => session.onError(onError), [session, onError])
  const operations = useMemo(
    (): Operations => ({
      open: session.open.bind(session),
      openFirst: session.openFirst.bind(session),
      restore: session.restore.bind(session),
      save: session.save.bind(session),
      recreate: session.recreate.bind(session),
      dismissRecreate: session.dismissRecreate.bind(session),
      keepMine: session.keepMine.bind(session),
      takeTheirs: session.takeTheirs.bind(session),
      dismissConflict: session.dismissConflict.bind(session),
      setFrontMatter: session.setFrontMatter.bind(session),
      writeThrough: session.writeThrough.bind(session),
      diskChanged: session.diskChanged.bind(session),
      recheckAll: session.recheckAll.bind(session),
      renamed: session.renamed.bind(session),
      closed: session.closed.bind(session)
    }),
    [session]
  )
  return useMemo(() => ({ ...state, ...operations }), [state, operations])
}
