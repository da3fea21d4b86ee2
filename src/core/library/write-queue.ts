import { KeyedChain } from '@shared/keyed-chain'

/**
 * One chain per file: saves of the same file in this process run one after another, so the
 * second sees the first one's result on disk (and conflicts properly) instead of racing it. Kept
 * module-wide so two Library objects on one folder share it; the disk stamp check covers other
 * processes.
 */
const writes = new KeyedChain()

export function queueWrite<T>(key: string, task: () => Promise<T>): Promise<T> {
  return writes.run(key, task)
}
