export { parseFrontMatter } from './parse'
export type { FrontMatterParse } from './parse'
export { setFrontMatterKeys } from './edit'
export type { FrontMatterChanges } from './edit'
