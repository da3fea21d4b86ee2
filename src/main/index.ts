import type { BrowserWindow } from 'electron'
import { app, dialog, ipcMain, Menu } from 'electron'
import { libraryEventChannel, menuCommandChannel } from '../shared/contract'
import type { MenuCommand } from '../shared/contract'
import { openLog } from '../core/app-data/log-file'
import { openStartFolder } from '../core/app-data/start-folder'
import { startCore } from '../core/start'
import type { CoreApi } from '../core/api'
import { registerContractHandlers, trustedSender } from './ipc'
import { buildMenu } from './menu'
import { dataDir, rendererUrl, resourcesDir, workerScript } from './paths'
import { createMainWindow } from './window'
import { loadWindowState, trackWindowState } from './window-state'

// Main is wiring only: the services live in core/, shared with the web host and the CLI.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  let window: BrowserWindow | null = null
  let core: CoreApi | null = null

  app.on('second-instance', () => {
    if (!window) return
    if (window.isMinimized()) window.restore()
    window.focus()
  })

  app.whenReady().then(async () => {
    const data = dataDir()
    const log = openLog(data, 'main')
    process.on('uncaughtException', (error) => log.error('uncaught exception', error))
    process.on('unhandledRejection', (error) => log.error('unhandled rejection', error))
    const api = startCore({
      resourcesDir: resourcesDir(),
      dataDir: data,
      workerScript: workerScript()
    })
    core = api
    registerContractHandlers(ipcMain, api, trustedSender(rendererUrl), log)

    await openStartFolder(api, resourcesDir(), data)
    window = createMainWindow(await loadWindowState(data))
    trackWindowState(window, data)

    const send = (command: MenuCommand): void =>
      window?.webContents.send(menuCommandChannel, command)
    Menu.setApplicationMenu(buildMenu(send, () => void chooseFolder(api)))
    api.onLibraryEvent((event) => window?.webContents.send(libraryEventChannel, event))
    window.on('closed', () => (window = null))
  })

  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', () => void core?.close())

  /** Opens the folder chosen from the menu; the window reloads its list through the contract. */
  async function chooseFolder(api: CoreApi): Promise<void> {
    if (!window) return
    const choice = await dialog.showOpenDialog(window, { properties: ['openDirectory'] })
    if (choice.canceled || !choice.filePaths[0]) return
    try {
      await api.openFolder(choice.filePaths[0])
      window.webContents.send(menuCommandChannel, 'folder-opened')
    } catch (error) {
      openLog(dataDir(), 'main').error(`could not open ${choice.filePaths[0]}`, error)
      dialog.showErrorBox(
        'Cannot open the folder',
        error instanceof Error ? error.message : String(error)
      )
    }
  }
}
