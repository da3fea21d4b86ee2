import { dialog } from 'electron'
import type { BrowserWindow } from 'electron'
import type { MainText } from './messages'

/**
 * The window refuses to unload while posts are unsaved (its `beforeunload`); a browser would ask
 * the writer, Electron silently keeps the window open. Main asks instead, in the window's language.
 */
export function askBeforeClosingUnsaved(window: BrowserWindow, text: () => MainText): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const words = text()
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      message: words.unsavedMessage,
      detail: words.unsavedDetail,
      buttons: [words.closeWithoutSaving, words.cancel],
      defaultId: 1,
      cancelId: 1
    })
    // Preventing the prevention lets the window close.
    if (choice === 0) event.preventDefault()
  })
}
