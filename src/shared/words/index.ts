export { compoundStoppers, bindingPrefixes, fragmentChars } from './function-words'
export { splitFragments, splitFragmentsIn } from './fragments'
export {
  findCompounds,
  findCompoundsIn,
  applyCompounds,
  compoundMatcher,
  NumberedCompounds
} from './compounds'
export {
  BREAK,
  Vocabulary,
  SharedNumbering,
  PostVocabulary,
  TokenLinesBuilder,
  lineCount,
  numberLines,
  stringLines
} from './token-stream'
export type { TokenLines } from './token-stream'
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
