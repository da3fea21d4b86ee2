/** Types of seeded-random.mjs, shared by the plain-Node and the TypeScript benchmarks. */
export declare function seededRandom(seed: number): () => number
