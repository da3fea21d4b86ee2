import type { IncomingMessage, ServerResponse } from 'node:http'
import { assetResponseHeaders, decodeAssetPath } from '@shared/transport/asset-path'
import type { CoreApi } from '@core/api'

/** The one core service the `/asset/` route uses. */
export type AssetSource = Pick<CoreApi, 'readAsset'>

/**
 * Answers `GET /asset/<path>` with an image of the open folder. `encodedPath` is taken from the
 * raw request line, not from a parsed URL: URL parsing would already have resolved `%2e%2e/`, and
 * the path must be decoded exactly once. Failures are thrown as PostcloudErrors for the caller's
 * JSON error answer.
 */
export async function serveAsset(
  images: AssetSource,
  encodedPath: string,
  req: IncomingMessage,
  res: ServerResponse,
  headers: Record<string, string>
): Promise<void> {
  const image = await images.readAsset(decodeAssetPath(encodedPath))
  res.writeHead(200, {
    ...headers,
    ...assetResponseHeaders(image.mime),
    'Content-Length': image.bytes.byteLength
  })
  res.end(req.method === 'HEAD' ? undefined : image.bytes)
}
