import { describe, expect, it, vi } from 'vitest'
import type { BrowserWindow } from 'electron'
import { mainText } from '@main/messages'

// Electron cannot run here: a stand-in message box answers with the button the test chooses.
const answer = vi.hoisted(() => ({ button: 1, asked: [] as string[] }))
vi.mock('electron', () => ({
  dialog: {
    showMessageBoxSync: (_window: unknown, options: { message: string }) => {
      answer.asked.push(options.message)
      return answer.button
    }
  }
}))

async function closeAttempt(button: number): Promise<boolean> {
  const { askBeforeClosingUnsaved } = await import('@main/unload-prompt')
  let handler: ((event: { preventDefault(): void }) => void) | undefined
  const window = {
    webContents: { on: (_name: string, listener: typeof handler) => (handler = listener) }
  } as unknown as BrowserWindow
  askBeforeClosingUnsaved(window, () => mainText['zh-CN'])
  answer.button = button
  const event = { preventDefault: vi.fn() }
  handler?.(event)
  return event.preventDefault.mock.calls.length > 0
}

describe('closing the window with unsaved posts', () => {
  it('asks in the window’s language and closes only when the writer says so', async () => {
    expect(await closeAttempt(0)).toBe(true)
    expect(await closeAttempt(1)).toBe(false)
    expect(answer.asked).toEqual([
      mainText['zh-CN'].unsavedMessage,
      mainText['zh-CN'].unsavedMessage
    ])
  })
})
