import type { BrowserWindow, OpenDialogOptions } from 'electron'
import { app, dialog, ipcMain, Menu, protocol, shell } from 'electron'
import { libraryEventChannel, menuCommandChannel } from '@shared/contract'
import type { MenuCommand } from '@shared/contract'
import { resolveLocale } from '@shared/locale'
import type { LanguageSetting } from '@shared/settings'
import { openLog } from '@core/app-data/log-file'
import { openStartFolder } from '@core/app-data/start-folder'
import { startCore } from '@core/start'
import type { CoreApi } from '@core/api'
import { handleAssetProtocol, registerAssetScheme } from './asset-protocol'
import { registerHostHandlers } from './host-ipc'
import { isRendererPage, registerContractHandlers, trustedSender } from './ipc'
import { confirmingLinkOpener } from './external-links'
import { lockDownApp } from './lockdown'
import type { LockdownPolicy } from './lockdown'
import { buildMenu } from './menu'
import { mainText } from './messages'
import type { MainText } from './messages'
import { askBeforeClosingUnsaved } from './unload-prompt'
import { dataDir, jiebaDictDir, rendererUrl, resourcesDir, workerScript } from './paths'
import { createMainWindow } from './window'
import { trackWindowChannels } from './window-channels'
import { loadWindowState, trackWindowState } from './window-state'

// Main is wiring only: the services live in core/, shared with the web host and the CLI.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  let window: BrowserWindow | null = null
  let core: CoreApi | null = null

  // Privileged schemes can only be declared before the app is ready.
  registerAssetScheme(protocol)

  app.on('second-instance', () => {
    if (!window) return
    if (window.isMinimized()) window.restore()
    window.focus()
  })

  const send = (command: MenuCommand): void => window?.webContents.send(menuCommandChannel, command)

  app.whenReady().then(async () => {
    const data = dataDir()
    const log = openLog(data, 'main')
    process.on('uncaughtException', (error) => log.error('uncaught exception', error))
    process.on('unhandledRejection', (error) => log.error('unhandled rejection', error))
    const api = startCore(
      {
        resourcesDir: resourcesDir(),
        dataDir: data,
        workerScript: workerScript(),
        jiebaDictDir: jiebaDictDir()
      },
      // Deleted posts go to the system trash, where the writer looks for them on the desktop.
      { systemTrash: (path) => shell.trashItem(path) }
    )
    core = api
    // Main's own words (menu, close and link prompts) follow the language chosen in Settings.
    let text: MainText = mainText.en
    // Before any window exists, so every webContents is locked the moment it is created.
    const policy: LockdownPolicy = {
      isOwnPage: (url) => isRendererPage(url, rendererUrl()),
      askAboutLink: confirmingLinkOpener(() => text, log)
    }
    lockDownApp(app, policy)
    const applyLanguage = (language: LanguageSetting): void => {
      text = mainText[resolveLocale(language, [app.getLocale()])]
      Menu.setApplicationMenu(buildMenu(send, text))
    }
    const contract: CoreApi = {
      ...api,
      async updateSettings(changes) {
        const settings = await api.updateSettings(changes)
        applyLanguage(settings.language)
        return settings
      }
    }
    const isTrusted = trustedSender(rendererUrl)
    registerContractHandlers(ipcMain, contract, isTrusted, log)
    registerHostHandlers(ipcMain, isTrusted, pickFolder, log)
    trackWindowChannels(ipcMain, (windowId) => api.attachWindow(windowId), isTrusted, log)
    handleAssetProtocol(protocol, api, log)

    await openStartFolder(api, resourcesDir(), data)
    window = createMainWindow(await loadWindowState(data), policy)
    trackWindowState(window, data)
    askBeforeClosingUnsaved(window, () => text)
    applyLanguage((await api.getSettings()).language)
    api.onLibraryEvent((event) => window?.webContents.send(libraryEventChannel, event))
    window.on('closed', () => (window = null))
  })

  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', () => void core?.close())

  /** The native folder dialog over the window; null when cancelled. */
  async function pickFolder(): Promise<string | null> {
    const options: OpenDialogOptions = { properties: ['openDirectory'] }
    const choice = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options)
    return choice.canceled ? null : (choice.filePaths[0] ?? null)
  }
}
