/** Types of native-binding.mjs, for its unit tests and the benchmarks. */

export declare const nodejiebaDir: string
export declare function bindingIsCurrent(packageDir?: string): boolean
export declare function buildBinding(packageDir?: string): string
