export { compoundStoppers, bindingPrefixes, fragmentChars } from './function-words'
export { splitFragments } from './fragments'
export { findCompounds, applyCompounds, compoundAt } from './compounds'
export type { Compound, CompoundOptions } from './compounds'
export { seriesKeyOf, seriesId, titleWithoutDates } from './series'
export type { SeriesKey } from './series'
export {
  lineKey,
  templateLineKeys,
  templateFixedKeys,
  fixedTemplateMatcher,
  minSeriesPosts,
  minTemplatePosts
} from './boilerplate'
export { distinctiveScores } from './emphasis'
