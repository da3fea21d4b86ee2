export { openAnalysisCache, defaultMaxBytes } from './analysis-cache'
export type { AnalysisCache, AnalysisCacheOptions } from './analysis-cache'
export { defaultCacheDir } from './cache-dir'
