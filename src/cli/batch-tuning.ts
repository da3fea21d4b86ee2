import { setFlagsFromString } from 'node:v8'

/**
 * V8 tuning for a command that runs once over a folder and exits: the optimising compiler
 * without inlining and without its costliest optional passes (loop peeling, escape analysis,
 * load and store elimination, node splitting). Every analysis thread optimises the same hot
 * functions, and on a cold count of the 9 MB weekly corpus compiling took a fifth of all CPU
 * time with V8's defaults. Without inlining the count takes about 0.2 s less; without those
 * passes another ~0.1 s of CPU and ~0.05 s of wall time, the code they would have sped up running
 * too briefly to pay for them (bench/README.md). A long-running command (serve) keeps V8's
 * defaults, where optimised code pays for its compilation many times over. Set before the
 * command's modules load and its workers start, so every compilation sees it.
 */
export function tuneForBatch(): void {
  setFlagsFromString(
    [
      '--no-turbo-inlining',
      '--no-turbo-loop-peeling',
      '--no-turbo-escape',
      '--no-turbo-load-elimination',
      '--no-turbo-store-elimination',
      '--no-turbo-splitting'
    ].join(' ')
  )
}
