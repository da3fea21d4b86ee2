import type { Envelope, MenuCommand, PostcloudBridge } from '../../../shared/contract'
import { httpRoute } from '../../../shared/contract'
import type { LibraryEvent } from '../../../shared/post'
import { unwrapEnvelopes } from './unwrap'

/**
 * The contract over the web host's HTTP routes. The token arrives in the page's URL fragment
 * (never sent to the server), is kept for the tab's session and removed from the address bar.
 */
export function httpBridge(): PostcloudBridge {
  const token = takeToken()
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }
  const api = unwrapEnvelopes(async (method, args) => {
    const response = await fetch(httpRoute(method), {
      method: 'POST',
      headers,
      body: JSON.stringify({ args })
    })
    return (await response.json()) as Envelope<unknown>
  })
  return {
    ...api,
    onLibraryEvent: (listener) => streamEvents(headers, listener),
    // The web host has no application menu.
    onMenuCommand: (_listener: (command: MenuCommand) => void) => () => undefined
  }
}

function takeToken(): string {
  const match = /token=([\w-]+)/.exec(location.hash)
  if (match) {
    sessionStorage.setItem('postcloud-token', match[1])
    history.replaceState(null, '', location.pathname + location.search)
  }
  return sessionStorage.getItem('postcloud-token') ?? ''
}

/** Reads the server-sent event stream with fetch, which (unlike EventSource) can send the token. */
function streamEvents(
  headers: Record<string, string>,
  listener: (event: LibraryEvent) => void
): () => void {
  const abort = new AbortController()
  void (async () => {
    const response = await fetch('/api/events', { headers, signal: abort.signal })
    const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader()
    let buffer = ''
    while (reader) {
      const { value, done } = await reader.read()
      if (done) break
      buffer += value
      const frames = buffer.split('\n\n')
      buffer = frames.pop() ?? ''
      for (const frame of frames) {
        const data = frame.split('\n').find((line) => line.startsWith('data: '))
        if (data) listener(JSON.parse(data.slice(6)) as LibraryEvent)
      }
    }
  })().catch(() => undefined)
  return () => abort.abort()
}
