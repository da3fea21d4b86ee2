import { WorkerPool } from '../analysis/pool'
import type { CloudImage, CloudImageRequest, CloudRenderer } from './cloud-image'

export interface RenderPool {
  render: CloudRenderer
  /** How many images can be drawn at once. */
  size: number
  close(): Promise<void>
}

interface WorkerImage extends Omit<CloudImage, 'bytes'> {
  bytes: Uint8Array
}

/** Cloud drawing in worker threads, one per core: a batch of posts lays out in parallel. */
export function createRenderPool(script: string, execArgv?: string[]): RenderPool {
  const pool = new WorkerPool<CloudImageRequest, WorkerImage>({ script, execArgv, size: Infinity })
  return {
    size: pool.size,
    async render(request) {
      const image = await pool.run(request)
      return {
        ...image,
        bytes: Buffer.from(image.bytes.buffer, image.bytes.byteOffset, image.bytes.byteLength)
      }
    },
    close: () => pool.close()
  }
}
