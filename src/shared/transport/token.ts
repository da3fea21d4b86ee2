/** Where the tab keeps the web host's token, so a reload still has it. */
export const tokenStorageKey = 'postcloud-token'

/**
 * The parts of `window` the token hand-over touches, spelled out so this module needs no DOM
 * types (the browser's window fits; tests pass a plain object).
 */
export interface TokenWindow {
  location: { pathname: string; search: string; hash: string }
  history: { state: unknown; replaceState(state: unknown, unused: string, url: string): void }
  sessionStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void }
}

/**
 * The web host's token: it arrives in the page's `?token=` (whose request also set the cookie the
 * window's images need), moves to the tab's session storage and leaves the address bar, so it is
 * not bookmarked, shared or kept in history. Other query parameters and the hash stay.
 */
export function takeToken(win: TokenWindow): string {
  const query = new URLSearchParams(win.location.search)
  const fromAddress = query.get('token')
  if (fromAddress !== null) {
    win.sessionStorage.setItem(tokenStorageKey, fromAddress)
    query.delete('token')
    const rest = query.toString()
    const address = win.location.pathname + (rest ? `?${rest}` : '') + win.location.hash
    win.history.replaceState(win.history.state, '', address)
  }
  return win.sessionStorage.getItem(tokenStorageKey) ?? ''
}
