/** Types of process-tree.mjs, for the tests. */
export interface Measured {
  wallMs: number
  status: number | null
  stdout: string
  stderr: string
  /** User + system CPU time (/usr/bin/time -v), ms. */
  cpuMs?: number
  /** Peak RSS of the largest single process (/usr/bin/time -v), MB. */
  singleMB?: number
  /** Peak RSS of the whole tree (the larger of the sampled sum and singleMB), MB. */
  treeMB?: number
  processes?: number
}
export declare function measure(
  argv: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv }
): Promise<Measured>
export declare const measuresTree: boolean
