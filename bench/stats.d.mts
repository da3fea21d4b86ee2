/** Types of stats.mjs, for the TypeScript benchmarks. */
export declare function median(values: number[]): number
export declare function quantile(values: number[], q: number): number
