import type { Protocol } from 'electron'
import { assetProtocol } from '@shared/contract'
import {
  assetProtocolOrigin,
  assetResponseHeaders,
  decodeAssetPath
} from '@shared/transport/asset-path'
import { PostcloudError, toErrorInfo } from '@shared/errors'
import type { ErrorInfo } from '@shared/errors'
import type { Log } from '@core/app-data/log-file'
import type { CoreApi } from '@core/api'
import { httpStatus } from '@server/http-status'

/** The one core service the asset protocol uses. */
export type AssetSource = Pick<CoreApi, 'readAsset'>

/**
 * `postcloud-asset:` as a standard, secure scheme, so `<img>` in the window may load from it
 * (CSP img-src names it). Nothing more: fetch() cannot read it, it grants no CORS and it does not
 * bypass the window's CSP. Electron accepts this only before the app is ready.
 */
export function registerAssetScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: assetProtocol,
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: false,
        corsEnabled: false,
        bypassCSP: false,
        allowServiceWorkers: false,
        stream: false
      }
    }
  ])
}

/** Serves the open folder's images on the asset protocol; call once the app is ready. */
export function handleAssetProtocol(
  protocol: Pick<Protocol, 'handle'>,
  images: AssetSource,
  log?: Log
): void {
  protocol.handle(assetProtocol, assetHandler(images, log))
}

/**
 * Answers `postcloud-asset://folder/<percent-encoded path>` with what the core's confined
 * `readAsset` returns, with the same headers as the web host's `/asset/` route; a refused or
 * missing image gets the contract's error envelope with a 4xx status.
 */
export function assetHandler(
  images: AssetSource,
  log?: Log
): (request: Request) => Promise<Response> {
  const prefix = `${assetProtocolOrigin}/`
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return errorResponse({ code: 'INVALID_ARGUMENT', message: 'Images are only read.' }, 405)
    }
    try {
      if (!request.url.startsWith(prefix)) {
        throw new PostcloudError('NOT_FOUND', 'Images are served under postcloud-asset://folder/.')
      }
      const encoded = request.url.slice(prefix.length).split(/[?#]/)[0]
      const image = await images.readAsset(decodeAssetPath(encoded))
      const body = request.method === 'HEAD' ? null : Buffer.from(image.bytes)
      return new Response(body, { status: 200, headers: assetResponseHeaders(image.mime) })
    } catch (error) {
      if (!(error instanceof PostcloudError)) log?.error(`asset ${request.url}`, error)
      return errorResponse(toErrorInfo(error))
    }
  }
}

/** The contract's error envelope, as the web host sends it. */
function errorResponse(info: ErrorInfo, status = httpStatus[info.code]): Response {
  return new Response(JSON.stringify({ error: info }), {
    status,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'X-Content-Type-Options': 'nosniff'
    }
  })
}
