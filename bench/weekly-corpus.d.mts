/** Types of weekly-corpus.mjs, for the tests. */
export declare function buildWeeklyCorpus(
  root: string,
  dir: string,
  targetBytes: number,
  only?: readonly object[]
): { built: boolean }
