import { setFlagsFromString } from 'node:v8'

/**
 * V8 tuning for a command that runs once over a folder and exits: the optimising compiler without
 * inlining. Three isolates (the main thread and two analysis workers) each optimise the same hot
 * functions, and inlining makes every one of those compilations several times larger: on a cold
 * count of the 9 MB weekly corpus, compiling took a fifth of all CPU time. Without inlining the
 * count takes about 0.2 s less (bench/README.md). A long-running command (serve) keeps V8's
 * defaults, where optimised code pays for its compilation many times over. Set before the
 * command's modules load and its workers start, so every compilation sees it.
 */
export function tuneForBatch(): void {
  setFlagsFromString('--no-turbo-inlining')
}
