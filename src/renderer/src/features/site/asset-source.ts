import { assetProtocol } from '@shared/contract'
import type { HostCapabilities } from '@shared/contract'

/**
 * How the frame's CSP names the folder's asset route: the web host serves it from the window's
 * own origin (`/asset/`, and a srcdoc frame shares that origin), Electron from its protocol.
 */
export function assetSourceOfHost(kind: HostCapabilities['kind']): string {
  return kind === 'web' ? "'self'" : `${assetProtocol}:`
}
