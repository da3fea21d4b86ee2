import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { PostcloudError } from '@shared/errors'
import { parseWordList } from '@shared/text'

/** The word lists shipped with the app, under `<resourcesDir>/stopwords/`. */
export interface BundledLists {
  stopwords: string[]
  keepWords: string[]
}

/** What a posts folder adds, from its shared `.postcloud/` settings. */
export interface FolderLists {
  stopwords: string[]
  keepWords: string[]
  /** Sanitised jieba user dictionary text ('' when the folder has none). */
  userDict: string
}

export const emptyFolderLists: FolderLists = { stopwords: [], keepWords: [], userDict: '' }

/** A file's text, or undefined when it (or its folder) does not exist. */
async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined
    if (code === 'EACCES' || code === 'EPERM') {
      throw new PostcloudError('PERMISSION', `cannot read ${path}: permission denied`)
    }
    throw error
  }
}

export async function readBundledLists(resourcesDir: string): Promise<BundledLists> {
  const dir = join(resourcesDir, 'stopwords')
  const [zh, en, keep] = await Promise.all(
    ['zh.txt', 'en.txt', 'keep.txt'].map((name) => readOptional(join(dir, name)))
  )
  if (zh === undefined || en === undefined) {
    throw new PostcloudError('NOT_FOUND', `the bundled stopword lists are missing from ${dir}`)
  }
  return {
    stopwords: [...parseWordList(zh), ...parseWordList(en)],
    keepWords: parseWordList(keep ?? '')
  }
}

export async function readFolderLists(folder: string): Promise<FolderLists> {
  const dir = join(folder, '.postcloud')
  const [stop, keep, dict] = await Promise.all(
    ['stopwords.txt', 'keepwords.txt', 'userdict.txt'].map((name) => readOptional(join(dir, name)))
  )
  return {
    stopwords: parseWordList(stop ?? ''),
    keepWords: parseWordList(keep ?? ''),
    userDict: sanitizeUserDict(dict ?? '')
  }
}

/** The words of a sanitised user dictionary (its first column). */
export function userDictWords(sanitized: string): string[] {
  return sanitized
    .split('\n')
    .map((line) => line.split(' ')[0])
    .filter((word) => word !== '')
}

const integer = /^\d{1,9}$/

/** Control characters break cppjieba's line parsing; `|` and `;` separate its file lists. */
function hasControlOrSeparator(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i)
    if (code < 32 || code === 127 || word[i] === '|' || word[i] === ';') return true
  }
  return false
}
const tagPattern = /^[A-Za-z]{1,8}$/

/**
 * Rewrites a user dictionary into lines cppjieba reads safely. cppjieba takes 1 column as a word,
 * 2 as word + tag and 3 as word + freq + tag; Python jieba's `word freq` (2 columns) would be read
 * as a tag, so a numeric second column becomes `word freq x`. CRLF, BOM, comments, blank and
 * overlong lines, control characters and zero frequencies (log 0 = -inf) are dropped.
 */
export function sanitizeUserDict(text: string): string {
  const lines: string[] = []
  for (const raw of parseWordList(text)) {
    const [word, ...rest] = raw.split(/\s+/)
    if (word.length > 64 || hasControlOrSeparator(word)) continue
    const freqText = rest.find((part) => integer.test(part))
    const freq = freqText === undefined ? 0 : Number(freqText)
    const tag = rest.find((part) => tagPattern.test(part))
    if (freq > 0) lines.push(`${word} ${freq} ${tag ?? 'x'}`)
    else lines.push(tag ? `${word} ${tag}` : word)
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}
