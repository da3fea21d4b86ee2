import type { IpcMain, IpcMainEvent } from 'electron'
import { windowAttachChannel, windowDetachChannel } from '@shared/contract'
import type { Log } from '@core/app-data/log-file'

/** Only what is used of a page's webContents, so the wiring can be checked without Electron. */
export interface PageContents {
  id: number
  on(event: 'render-process-gone' | 'destroyed', listener: () => void): unknown
  on(event: 'did-start-navigation', listener: (details: NavigationStart) => void): unknown
  on(event: 'did-navigate', listener: () => void): unknown
}

interface NavigationStart {
  isMainFrame: boolean
  isSameDocument: boolean
}

export type ChannelRegistry = Pick<IpcMain, 'on' | 'removeListener'>

type WindowEvent = Pick<IpcMainEvent, 'senderFrame'> & { sender: PageContents }

/**
 * Tells core which windows are open. A page attaches with its window id when it subscribes to
 * library events and detaches when it unsubscribes; a page that crashes or is replaced by a
 * reload cannot say so, so its windows are let go when its renderer dies, when a navigation to a
 * new document commits (only the windows attached before that navigation started: the new page
 * attaches its own), or when its webContents is destroyed. Only our own top frame is heard.
 */
export function trackWindowChannels(
  ipc: ChannelRegistry,
  attachWindow: (windowId: unknown) => () => void,
  isTrustedSender: (event: Pick<IpcMainEvent, 'senderFrame'>) => boolean,
  log?: Log
): () => void {
  const pages = new Map<number, PageWindows>()

  function pageOf(contents: PageContents): PageWindows {
    let page = pages.get(contents.id)
    if (page) return page
    const created: PageWindows = { held: new Map(), beforeNavigation: [] }
    page = created
    pages.set(contents.id, page)
    const releaseAll = (): void => release(created, [...created.held.keys()])
    contents.on('render-process-gone', releaseAll)
    contents.on('destroyed', () => {
      releaseAll()
      pages.delete(contents.id)
    })
    contents.on('did-start-navigation', (details) => {
      if (details.isMainFrame && !details.isSameDocument)
        created.beforeNavigation = [...created.held.keys()]
    })
    // A navigation that was refused never commits, and its page keeps its windows.
    contents.on('did-navigate', () => release(created, created.beforeNavigation))
    return page
  }

  const onAttach = (event: IpcMainEvent, windowId: unknown): void => {
    const from = event as unknown as WindowEvent
    if (!isTrustedSender(from)) {
      log?.error(
        `refused a window attach from an untrusted frame: ${from.senderFrame?.url ?? 'none'}`
      )
      return
    }
    let detach: () => void
    try {
      detach = attachWindow(windowId)
    } catch (error) {
      log?.error('refused a window attach', error)
      return
    }
    const page = pageOf(from.sender)
    const id = windowId as string
    page.held.set(id, [...(page.held.get(id) ?? []), detach])
  }

  const onDetach = (event: IpcMainEvent, windowId: unknown): void => {
    const from = event as unknown as WindowEvent
    if (!isTrustedSender(from) || typeof windowId !== 'string') return
    const page = pages.get(from.sender.id)
    const detaches = page?.held.get(windowId)
    detaches?.pop()?.()
    if (page && detaches?.length === 0) page.held.delete(windowId)
  }

  ipc.on(windowAttachChannel, onAttach)
  ipc.on(windowDetachChannel, onDetach)
  return () => {
    ipc.removeListener(windowAttachChannel, onAttach)
    ipc.removeListener(windowDetachChannel, onDetach)
  }
}

/** The windows a page holds, each with one detach per attach. */
interface PageWindows {
  held: Map<string, (() => void)[]>
  beforeNavigation: string[]
}

function release(page: PageWindows, windowIds: readonly string[]): void {
  for (const id of windowIds) {
    for (const detach of page.held.get(id) ?? []) detach()
    page.held.delete(id)
  }
}
