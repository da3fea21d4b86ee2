/**
 * A worker thread that draws cloud images, so `postcloud cloud --all` lays out one post per core.
 * Bundled as out/main/cloud-worker.js. Protocol: posts `{ ready: true }` once wordcloud2.js and the
 * fonts are loaded; answers `{ id, ...CloudImageRequest }` with `{ id, ...CloudImage }` or
 * `{ id, error }`. Each worker draws one image at a time (the pool hands it one job at a time).
 */
import { parentPort } from 'node:worker_threads'
import { prepareLayout } from '@drawing/index'
import type { CloudImageRequest } from './cloud-image'
import { nodeCanvasFactory } from './node-canvas'
import { renderCloudImage } from './render-cloud'

const port = parentPort
if (!port) throw new Error('the cloud worker must run in a worker thread')

port.on('message', (message: { id: number } & CloudImageRequest) => {
  renderCloudImage(message).then(
    (image) => {
      const bytes = new Uint8Array(image.bytes)
      port.postMessage(
        {
          id: message.id,
          bytes,
          requested: image.layout.requested,
          placed: image.layout.placed.length,
          ms: image.ms,
          inked: null
        },
        [bytes.buffer]
      )
    },
    (error: unknown) => {
      port.postMessage({
        id: message.id,
        error: error instanceof Error ? error.message : String(error)
      })
    }
  )
})

prepareLayout(nodeCanvasFactory(), null).then(
  () => port.postMessage({ ready: true }),
  (error: unknown) => {
    throw error
  }
)
