import { BrowserWindow, dialog, shell } from 'electron'
import type { MessageBoxOptions, WebContents } from 'electron'
import type { Log } from '@core/app-data/log-file'
import type { MainText } from './messages'

/** The only schemes a link may hand to the system: a web page or a new mail. */
const externalProtocols: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:'])

/**
 * The address a link may open outside the app, as the URL parser writes it (so what the writer
 * is shown is exactly what the system gets, with an international host name in its ASCII form),
 * or null for any other scheme and for anything that does not parse.
 */
export function externalUrl(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  return externalProtocols.has(parsed.protocol) ? parsed.href : null
}

/**
 * Hands a link a page tried to open to the writer's decision; never opens an Electron window.
 * Settles once the link is dealt with (refused, cancelled or opened); it never rejects.
 */
export type LinkOpener = (contents: WebContents, url: string) => Promise<void>

/**
 * Main asks the writer before a link leaves the app, whatever the window did or did not ask
 * before: a compromised page can call window.open, but it cannot answer a native dialog. While one
 * question is open, further links are dropped, so a page cannot pile dialogs up.
 */
export function confirmingLinkOpener(text: () => MainText, log?: Log): LinkOpener {
  let asking = false
  return async (contents, url) => {
    const target = externalUrl(url)
    if (target === null) {
      log?.info(`refused to open a link outside the app: ${url.slice(0, 200)}`)
      return
    }
    if (asking) return
    asking = true
    try {
      if (await confirm(BrowserWindow.fromWebContents(contents), target, text())) {
        await shell.openExternal(target)
      }
    } catch (error) {
      log?.error(`could not open ${target}`, error)
    } finally {
      asking = false
    }
  }
}

/** The native question over the window, with the exact address; Cancel is the default answer. */
async function confirm(
  window: BrowserWindow | null,
  url: string,
  words: MainText
): Promise<boolean> {
  const options: MessageBoxOptions = {
    type: 'question',
    message: words.externalMessage,
    detail: `${words.externalDetail}\n\n${url}`,
    buttons: [words.openLink, words.cancel],
    defaultId: 1,
    cancelId: 1,
    noLink: true
  }
  const answer = window
    ? await dialog.showMessageBox(window, options)
    : await dialog.showMessageBox(options)
  return answer.response === 0
}
