import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { MessageBoxOptions, WebContents } from 'electron'
import { mainText } from '@main/messages'

// Electron cannot run here: a stand-in message box answers as the test says, and the system
// browser only records what it was given.
const electron = vi.hoisted(() => ({
  window: { id: 'main window' },
  asked: [] as { parent: unknown; options: MessageBoxOptions }[],
  answers: [] as ((response: number) => void)[],
  opened: [] as string[]
}))

vi.mock('electron', () => ({
  BrowserWindow: { fromWebContents: () => electron.window },
  dialog: {
    showMessageBox: (parent: unknown, options: MessageBoxOptions) => {
      electron.asked.push({ parent, options })
      return new Promise((resolve) =>
        electron.answers.push((response) => resolve({ response, checkboxChecked: false }))
      )
    }
  },
  shell: { openExternal: async (url: string) => void electron.opened.push(url) }
}))

const { confirmingLinkOpener, externalUrl } = await import('@main/external-links')
const contents = {} as WebContents

describe('which links may leave the app', () => {
  it.each([
    ['https://example.org/a?b=1#c', 'https://example.org/a?b=1#c'],
    ['http://example.org', 'http://example.org/'],
    ['HTTPS://EXAMPLE.ORG/Path', 'https://example.org/Path'],
    ['mailto:me@example.org?subject=hi', 'mailto:me@example.org?subject=hi'],
    // The host in its ASCII form, so a look-alike name shows what it really is.
    ['https://exаmple.org/', 'https://xn--exmple-4nf.org/'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['java\tscript:alert(1)', null],
    ['vbscript:msgbox(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['file:///etc/passwd', null],
    ['\\\\host\\share\\x.exe', null],
    ['smb://host/share', null],
    ['ms-msdt:/id PCWDiagnostic', null],
    ['search-ms:query=x', null],
    ['postcloud-asset://folder/a.png', null],
    ['httpx://example.org/', null],
    ['https//example.org', null],
    ['', null]
  ])('%s -> %s', (url, expected) => {
    expect(externalUrl(url)).toBe(expected)
  })
})

describe('opening a link after the writer confirms it in main', () => {
  beforeEach(() => {
    electron.asked.length = 0
    electron.answers.length = 0
    electron.opened.length = 0
  })

  /** The writer's click on the open question: 0 is Open link, 1 is Cancel. */
  function answer(response: number): void {
    electron.answers.shift()?.(response)
  }

  it('asks over the window, in its language, with the exact address and Cancel as default', async () => {
    const open = confirmingLinkOpener(() => mainText['zh-CN'])
    const done = open(contents, 'HTTPS://example.org/报告')
    expect(electron.asked).toHaveLength(1)
    const { parent, options } = electron.asked[0]
    expect(parent).toBe(electron.window)
    const words = mainText['zh-CN']
    expect(options.message).toBe(words.externalMessage)
    expect(options.detail).toBe(`${words.externalDetail}\n\nhttps://example.org/%E6%8A%A5%E5%91%8A`)
    expect(options.buttons).toEqual([words.openLink, words.cancel])
    expect(options.defaultId).toBe(1)
    expect(options.cancelId).toBe(1)
    answer(0)
    await done
    expect(electron.opened).toEqual(['https://example.org/%E6%8A%A5%E5%91%8A'])
  })

  it('opens nothing when the writer cancels, and asks again about the next link', async () => {
    const open = confirmingLinkOpener(() => mainText.en)
    const first = open(contents, 'https://example.org/')
    answer(1)
    await first
    const second = open(contents, 'mailto:me@example.org')
    expect(electron.asked.map((question) => question.options.detail)).toEqual([
      `${mainText.en.externalDetail}\n\nhttps://example.org/`,
      `${mainText.en.externalDetail}\n\nmailto:me@example.org`
    ])
    answer(1)
    await second
    expect(electron.opened).toEqual([])
  })

  it('never asks about a link it would refuse to open', async () => {
    const open = confirmingLinkOpener(() => mainText.en)
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'smb://host/share']) {
      await open(contents, url)
    }
    expect(electron.asked).toEqual([])
  })

  it('asks one question at a time: links arriving meanwhile are dropped, not queued', async () => {
    const open = confirmingLinkOpener(() => mainText.en)
    const first = open(contents, 'https://example.org/0')
    for (let i = 1; i < 20; i++) await open(contents, `https://example.org/${i}`)
    expect(electron.asked).toHaveLength(1)
    answer(0)
    await first
    expect(electron.opened).toEqual(['https://example.org/0'])
  })
})
