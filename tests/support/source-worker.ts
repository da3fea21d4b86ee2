import { resolve } from 'node:path'

/**
 * How tests start the analysis worker from its TypeScript source. tsx's CommonJS hook is used
 * because Node 20 loads a worker's entry with the ESM loader under `--import`, where tsx's hooks
 * do not reach it ("Unknown file extension .ts").
 */
export const sourceWorker = {
  workerScript: resolve('src/core/analysis/worker.ts'),
  workerExecArgv: ['--require', 'tsx/cjs']
}
