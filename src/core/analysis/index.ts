export { checkTextSize, createAnalyzer } from './analyzer'
export type { Analyzer, AnalyzerOptions, ResultMemo } from './analyzer'
export { defaultPoolSize } from './pool'
