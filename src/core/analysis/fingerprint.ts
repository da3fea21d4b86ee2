import { createHash } from 'node:crypto'
import { stat } from 'node:fs/promises'
import { jiebaFile } from './jieba-files'

// Defined by electron-vite and Vitest from analysis-code-hash.ts; absent when run from source
// by other means, and then nothing is cached (an entry could come from other code).
declare const __POSTCLOUD_ANALYSIS_CODE__: string | undefined

export function analysisCodeVersion(): string | undefined {
  return typeof __POSTCLOUD_ANALYSIS_CODE__ === 'string' ? __POSTCLOUD_ANALYSIS_CODE__ : undefined
}

/**
 * Everything a post's cached segmentation depends on besides its text: the analysis code, jieba's
 * dictionaries (size and time: a reinstall may bring others) and the folder's user dictionary.
 */
export async function analysisFingerprint(
  code: string,
  userDict: string,
  dictDir?: string
): Promise<string> {
  const hash = createHash('sha256').update(code).update('\0').update(userDict)
  for (const name of ['jieba.dict.utf8', 'hmm_model.utf8', 'user.dict.utf8'] as const) {
    const info = await stat(jiebaFile(name, dictDir))
    hash.update(`\0${name}:${info.size}:${Math.round(info.mtimeMs)}`)
  }
  return hash.digest('hex')
}
