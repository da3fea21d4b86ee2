import { dirname, join } from 'node:path'

/**
 * Where jieba's own dictionary files are, found without loading nodejieba (the main thread of
 * the app never does, and a batch command's only when it segments: the binding builds ~100 MB
 * of dictionary on load). nodejieba keeps them in
 * `submodules/cppjieba/dict/`; a packaged app passes the unpacked copy's folder instead.
 */
export type JiebaFile =
  'jieba.dict.utf8' | 'hmm_model.utf8' | 'user.dict.utf8' | 'idf.utf8' | 'stop_words.utf8'

export function jiebaFile(name: JiebaFile, dictDir?: string): string {
  const dir =
    dictDir ??
    join(dirname(require.resolve('nodejieba/package.json')), 'submodules', 'cppjieba', 'dict')
  return join(dir, name)
}
