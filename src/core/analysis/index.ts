export { checkTextSize, createAnalyzer } from './analyzer'
export type { Analyzer, AnalyzerOptions } from './analyzer'
export { defaultPoolSize } from './pool'
