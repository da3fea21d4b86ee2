import type { IpcMainInvokeEvent } from 'electron'
import { describe, expect, it } from 'vitest'
import { isRendererPage, trustedSender } from '@main/ipc'

const builtPage = 'file:///opt/postcloud/out/renderer/index.html'
const devServer = 'http://localhost:5173/'

// Every IPC handler, the permission handler and the link policy ask this one question.
describe('is this the page main loaded?', () => {
  it.each([
    [builtPage, builtPage, true],
    [`${builtPage}?window=2#top`, builtPage, true],
    [`${builtPage}.evil`, builtPage, false],
    ['file:///opt/postcloud/out/renderer/other.html', builtPage, false],
    ['file:///opt/postcloud/out/renderer/../renderer/index.html', builtPage, true],
    ['file://attacker/opt/postcloud/out/renderer/index.html', builtPage, false],
    // Opaque origins ('null') compare equal; the scheme tells them apart.
    ['data:/opt/postcloud/out/renderer/index.html', builtPage, false],
    ['blob:null/opt/postcloud/out/renderer/index.html', builtPage, false],
    ['postcloud-asset://folder/opt/postcloud/out/renderer/index.html', builtPage, false],
    [devServer, devServer, true],
    // `npm run dev`: electron-vite sets ELECTRON_RENDERER_URL with no slash after the port.
    [devServer, 'http://localhost:5173', true],
    ['http://localhost:5173/?x=1', devServer, true],
    ['http://localhost:5174/', devServer, false],
    ['http://localhost.evil.example:5173/', devServer, false],
    ['https://localhost:5173/', devServer, false],
    ['http://127.0.0.1:5173/', devServer, false],
    ['', builtPage, false],
    ['not a url', builtPage, false],
    [builtPage, 'not a url', false]
  ])('%s (main loaded %s): %s', (url, expected, answer) => {
    expect(isRendererPage(url, expected)).toBe(answer)
  })

  it('trusts only a top frame showing the page, never a subframe or a destroyed frame', () => {
    const trusted = trustedSender(() => builtPage)
    const from = (senderFrame: unknown): IpcMainInvokeEvent =>
      ({ senderFrame }) as unknown as IpcMainInvokeEvent
    expect(trusted(from({ url: builtPage, parent: null }))).toBe(true)
    expect(trusted(from({ url: builtPage, parent: { url: builtPage } }))).toBe(false)
    expect(trusted(from({ url: '', parent: null }))).toBe(false)
    expect(trusted(from(null))).toBe(false)
  })
})
