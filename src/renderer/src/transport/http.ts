import type { Envelope, MenuCommand, PostcloudBridge } from '@shared/contract'
import { httpRoute } from '@shared/contract'
import { webAssetUrl } from '@shared/transport/asset-path'
import { streamEvents } from '@shared/transport/event-stream'
import { takeToken } from '@shared/transport/token'
import { unwrapEnvelopes } from './unwrap'

/**
 * The contract over the web host's HTTP routes. API calls send the token as a bearer header
 * (never relying on the cookie, so a cross-site page cannot make calls on the writer's behalf);
 * images load from `/asset/` with the cookie the page request set.
 */
export function httpBridge(): PostcloudBridge {
  const token = takeToken(window)
  const windowId = crypto.randomUUID()
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
    // The stream is also how the host knows this tab is open.
    onLibraryEvent: (listener) =>
      streamEvents(listener, { url: `/api/events?window=${windowId}`, headers }),
    windowId,
    // The web host has no application menu.
    onMenuCommand: (_listener: (command: MenuCommand) => void) => () => undefined,
    host: {
      kind: 'web',
      // A browser tab has no native folder picker, and never learns where a dropped file lives.
      pickFolder: async () => null,
      pathOfDropped: () => null
    },
    assetUrl: webAssetUrl
  }
}
