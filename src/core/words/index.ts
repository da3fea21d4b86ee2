export { FolderWords } from './folder-words'
export type { CorpusHooks, PostTrends, WordsFolder } from './folder-words'
