export { seriesKeyOf, seriesId, titleWithoutDates } from './series'
export type { SeriesKey } from './series'
