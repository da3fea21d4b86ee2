import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  contractMethods,
  ipcChannel,
  pickFolderChannel,
  windowAttachChannel,
  windowDetachChannel
} from '@shared/contract'
import { PostcloudError } from '@shared/errors'

// Electron cannot run here: a stand-in records how main wires the app, before and after ready.
type Handler = (...args: unknown[]) => unknown
const rendererUrl = 'http://localhost:5173/'
const electron = vi.hoisted(() => {
  let ready: () => void = () => undefined
  const readyPromise = new Promise<void>((resolve) => (ready = resolve))
  return {
    ready: () => ready(),
    calls: [] as string[],
    ipcHandlers: new Map<string, (...args: unknown[]) => unknown>(),
    ipcListeners: new Map<string, (...args: unknown[]) => unknown>(),
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    readyPromise,
    trashed: [] as string[],
    appEvents: [] as string[]
  }
})

vi.mock('electron', () => ({
  app: {
    requestSingleInstanceLock: () => true,
    quit: vi.fn(),
    on: (name: string) => void electron.appEvents.push(name),
    whenReady: () => electron.readyPromise,
    isPackaged: false,
    getPath: () => '/tmp',
    getLocale: () => 'zh-CN'
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes: { scheme: string }[]) =>
      electron.calls.push(`privileged ${schemes.map((s) => s.scheme).join()}`),
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
      electron.calls.push(`handle ${scheme}`)
      electron.protocolHandlers.set(scheme, handler)
    }
  },
  ipcMain: {
    handle: (channel: string, handler: Handler) => electron.ipcHandlers.set(channel, handler),
    removeHandler: (channel: string) => electron.ipcHandlers.delete(channel),
    on: (channel: string, listener: Handler) => electron.ipcListeners.set(channel, listener),
    removeListener: (channel: string) => electron.ipcListeners.delete(channel)
  },
  dialog: {
    showOpenDialog: async (_window: unknown, options: { properties: string[] }) => ({
      canceled: !options.properties.includes('openDirectory'),
      filePaths: ['/home/me/blog']
    }),
    showErrorBox: vi.fn()
  },
  Menu: {
    setApplicationMenu: () => electron.calls.push('menu'),
    buildFromTemplate: (template: { label?: string }[]) =>
      electron.calls.push(`menu ${template.map((item) => item.label ?? '').join()}`)
  },
  shell: { trashItem: async (path: string) => void electron.trashed.push(path) }
}))

const core = {
  onLibraryEvent: () => () => undefined,
  attachWindow: vi.fn(() => () => undefined),
  getSettings: async () => ({ language: 'system' }),
  updateSettings: async () => ({ language: 'en' }),
  close: async () => undefined,
  readAsset: vi.fn(async (path: string) => {
    throw new PostcloudError('NOT_FOUND', `No image ${path}.`)
  })
}
const startCore = vi.hoisted(() => vi.fn())
vi.mock('@core/start', () => ({ startCore }))
vi.mock('@core/app-data/start-folder', () => ({ openStartFolder: vi.fn() }))
vi.mock('@core/app-data/log-file', () => ({
  openLog: () => ({ error: vi.fn(), info: vi.fn() })
}))
vi.mock('@main/window-state', () => ({
  loadWindowState: async () => ({}),
  trackWindowState: vi.fn()
}))
vi.mock('@main/window', () => ({
  createMainWindow: () => {
    electron.calls.push('window')
    return { webContents: { send: vi.fn(), on: vi.fn() }, on: vi.fn() }
  }
}))

function eventFrom(url: string): unknown {
  return { senderFrame: { url, parent: null } }
}

describe('Electron main', () => {
  beforeAll(async () => {
    startCore.mockReturnValue(core)
    vi.stubEnv('ELECTRON_RENDERER_URL', rendererUrl)
    await import('@main/index')
  })
  afterAll(() => vi.unstubAllEnvs())

  it('declares the asset protocol privileged before the app is ready, and serves it after', async () => {
    expect(electron.calls).toEqual(['privileged postcloud-asset'])
    electron.ready()
    await vi.waitFor(() => expect(electron.calls).toContain('menu'))
    expect(electron.calls.indexOf('handle postcloud-asset')).toBeGreaterThan(0)
  })

  it('serves images only through the core, refusing a climb before asking it', async () => {
    const handler = electron.protocolHandlers.get('postcloud-asset')
    const climb = await handler?.({
      url: 'postcloud-asset://folder/..%2f..%2fetc%2fpasswd',
      method: 'GET'
    } as Request)
    expect(climb?.status).toBe(403)
    expect(core.readAsset).not.toHaveBeenCalled()
    const missing = await handler?.({
      url: 'postcloud-asset://folder/gone.png',
      method: 'GET'
    } as Request)
    expect(missing?.status).toBe(404)
    expect(core.readAsset).toHaveBeenCalledWith('gone.png')
  })

  it('answers every contract method and the folder picker, only to its own window', async () => {
    const channels = [...contractMethods.map(ipcChannel), pickFolderChannel].sort()
    expect([...electron.ipcHandlers.keys()].sort()).toEqual(channels)
    const pick = electron.ipcHandlers.get(pickFolderChannel)
    expect(await pick?.(eventFrom(rendererUrl))).toBe('/home/me/blog')
    expect(await pick?.(eventFrom('https://evil.example/'))).toBeNull()
  })

  it('locks down every webContents from before the window exists', () => {
    expect(electron.appEvents).toContain('web-contents-created')
    expect(electron.calls).toContain('window')
  })

  it('refuses every IPC handler and listener to a frame that is not its own page', async () => {
    const foreign: object[] = [
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      { senderFrame: { url: `${rendererUrl}evil.html`, parent: null } },
      { senderFrame: { url: rendererUrl, parent: { url: rendererUrl } } }
    ]
    const attaches = core.attachWindow.mock.calls.length
    for (const [channel, handler] of electron.ipcHandlers) {
      for (const event of foreign) {
        const answer = (await handler(event, 'a.md')) as { error?: { code: string } } | null
        // The folder picker answers null, as if cancelled; a contract method a PERMISSION error.
        expect(answer === null || answer.error?.code === 'PERMISSION', channel).toBe(true)
      }
    }
    for (const listener of electron.ipcListeners.values()) {
      for (const event of foreign) listener({ ...event, sender: { id: 9, on: vi.fn() } }, 'w')
    }
    expect(core.attachWindow.mock.calls.length).toBe(attaches)
  })

  it('tells the core which windows are open, as the window says over IPC', () => {
    expect([...electron.ipcListeners.keys()].sort()).toEqual(
      [windowAttachChannel, windowDetachChannel].sort()
    )
    const windowId = '6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c'
    const page = { id: 1, on: vi.fn() }
    electron.ipcListeners.get(windowAttachChannel)?.(
      { ...(eventFrom(rendererUrl) as object), sender: page },
      windowId
    )
    expect(core.attachWindow).toHaveBeenCalledWith(windowId)
  })

  it('hands the core the system trash for deleted posts', async () => {
    const [, host] = startCore.mock.calls[0] as [
      unknown,
      { systemTrash: (p: string) => Promise<void> }
    ]
    await host.systemTrash('/home/me/blog/_posts/old.md')
    expect(electron.trashed).toEqual(['/home/me/blog/_posts/old.md'])
  })

  it('speaks the system’s language in the menu, and the one chosen in Settings once changed', async () => {
    // The stand-in system is Chinese and the setting says "system".
    expect(electron.calls).toContain('menu 文件,,,,帮助')
    const update = electron.ipcHandlers.get(ipcChannel('updateSettings'))
    await update?.(eventFrom(rendererUrl), { language: 'en' })
    expect(electron.calls.at(-2)).toBe('menu File,,,,Help')
  })
})
