export { FolderWords } from './folder-words'
export type { CorpusHooks, WordsFolder } from './folder-words'
