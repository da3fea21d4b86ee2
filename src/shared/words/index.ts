export { compoundStoppers, bindingPrefixes, fragmentChars } from './function-words'
export { splitFragments } from './fragments'
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
export { distinctiveScores, emphases } from './emphasis'
export type { Emphasis } from './emphasis'
