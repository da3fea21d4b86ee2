/**
 * The only file that imports nodejieba (a lint rule enforces it). It runs inside analysis worker
 * threads, and on the main thread of a batch command once that thread takes segmenting jobs too
 * (segment-job.ts, loaded only then); the app's and `serve`'s main thread never loads it.
 *
 * nodejieba facts this relies on (read from its 3.5.8 source):
 * - `load()` may be called again in the same thread: the native side drops its Jieba instance
 *   and takes the one for the new files. Each worker thread gets its own addon instance; the
 *   patch below makes those that load the same files share one Jieba (one dictionary).
 * - `userDict` is one string; cppjieba splits it on `|` and `;` into several files.
 * - A dictionary file that cannot be opened is a FATAL log followed by abort(), which kills the
 *   whole process, not just the thread: every path is checked here first.
 * - `cut(text, true)` is needed: without HMM, unknown words such as "MIRA" split into letters.
 * - patches/nodejieba+3.5.8.patch: the TextRank extractor shares the segmenter's dictionary
 *   instead of loading its own copy, every thread that loads the same files shares one
 *   dictionary, and the binding gains `known` and `cutIds` (and loses `insertWord`, which would
 *   change the shared dictionary under other threads).
 */
import { closeSync, openSync } from 'node:fs'
import { basename, join } from 'node:path'
import * as jiebaModule from 'nodejieba'
import { SharedNumbering } from '@shared/words'
import type { PostVocabulary } from '@shared/words'

// What patches/nodejieba+3.5.8.patch adds to the binding; nodejieba's own types name neither.
declare module 'nodejieba' {
  /** True when the word is in jieba's dictionary or a loaded user dictionary. */
  export function known(word: string): boolean
  /**
   * `cut(text, true)` as numbers that count on from call to call on this thread: the words no
   * earlier call returned, concatenated in the order first met, their lengths, and each word's
   * number.
   */
  export function cutIds(text: string): [string, Int32Array, Int32Array]
  /** Starts cutIds' numbering over. */
  export function forgetIds(): void
}

interface JiebaDefaults {
  DEFAULT_DICT?: string
  DEFAULT_HMM_DICT?: string
  DEFAULT_USER_DICT?: string
  DEFAULT_IDF_DICT?: string
  DEFAULT_STOP_WORD_DICT?: string
}

type Jieba = typeof jiebaModule & JiebaDefaults

// nodejieba is CommonJS; depending on the loader the functions sit on the namespace or `default`.
const jieba = ((jiebaModule as { default?: Jieba }).default ?? jiebaModule) as Jieba

/** True when the file can be opened for reading (what cppjieba will try, fatally). */
function readable(path: string): boolean {
  try {
    closeSync(openSync(path, 'r'))
    return true
  } catch {
    return false
  }
}

/**
 * One of jieba's own dictionary files: where nodejieba says it is, or the file of that name in
 * `dictDir`. A packaged app passes dictDir: nodejieba names paths inside app.asar, which native
 * code cannot open, and the dictionaries sit in app.asar.unpacked.
 */
function bundledFile(path: string | undefined, what: string, dictDir?: string): string {
  if (!path) throw new Error(`nodejieba does not name its ${what} file`)
  const real = dictDir ? join(dictDir, basename(path)) : path
  if (!readable(real)) throw new Error(`nodejieba's ${what} file cannot be read: ${real}`)
  return real
}

/** jieba's own IDF table (`word idf` per line), for the IDF loader. */
export function jiebaIdfPath(dictDir?: string): string {
  return bundledFile(jieba.DEFAULT_IDF_DICT, 'IDF', dictDir)
}

export interface SegmenterOptions {
  /** The folder of jieba's own dictionaries; default: nodejieba's (see bundledFile). */
  dictDir?: string
  /** Absolute paths of jieba-format user dictionaries (`word [freq] [tag]` per line). */
  userDict?: string[]
  /**
   * Small stand-ins for the IDF and stop word files that nodejieba's keyword extractors load and
   * Postcloud never uses: jieba's real IDF file costs ~0.1 s and ~20 MB per load. Each must hold
   * at least one well-formed line (`word idf`, resp. a word). Default: nodejieba's own files.
   */
  extractorStubs?: { idf: string; stopWords: string }
}

export interface Segmenter {
  /** Splits text into words with jieba's HMM on, as numbers (see cutIds). */
  cutIds(text: string): Int32Array
  /** A vocabulary for the next post, over the words cutIds' numbers stand for. */
  newPostVocabulary(): PostVocabulary
  /** True when the word is in jieba's dictionary or one of the loaded user dictionaries. */
  known(word: string): boolean
}

let loadedWith: string | undefined

/**
 * Loads jieba's dictionaries plus the user dictionaries. Cheap when called again with the same
 * dictionaries; a different set rebuilds the segmenter (about a second).
 */
export function loadSegmenter(options: SegmenterOptions = {}): Segmenter {
  const { dictDir } = options
  const user = [bundledFile(jieba.DEFAULT_USER_DICT, 'user dictionary', dictDir)]
  for (const path of options.userDict ?? []) {
    if (/[|;]/.test(path)) throw new Error(`a user dictionary path cannot contain | or ;: ${path}`)
    if (!readable(path)) throw new Error(`user dictionary cannot be read: ${path}`)
    user.push(path)
  }
  const stubs = options.extractorStubs
  for (const path of stubs ? [stubs.idf, stubs.stopWords] : []) {
    if (!readable(path)) throw new Error(`dictionary stub cannot be read: ${path}`)
  }
  const idfDict = stubs?.idf ?? jiebaIdfPath(dictDir)
  const stopWordDict =
    stubs?.stopWords ?? bundledFile(jieba.DEFAULT_STOP_WORD_DICT, 'stop word', dictDir)
  const key = [user.join('|'), idfDict, stopWordDict].join('\n')
  if (loadedWith !== key) {
    jieba.load({
      dict: bundledFile(jieba.DEFAULT_DICT, 'dictionary', dictDir),
      hmmDict: bundledFile(jieba.DEFAULT_HMM_DICT, 'HMM model', dictDir),
      userDict: user.join('|'),
      idfDict,
      stopWordDict
    })
    loadedWith = key
  }
  return { cutIds, known, newPostVocabulary }
}

/**
 * The words of every cut on this thread, numbered: cutIds' numbers point into `shared`, and the
 * posts segmented here number their words over it (PostVocabulary).
 */
let numbering = new SharedNumbering()
/** The binding's number -> the word's number in `shared` (they differ once a word was added there first). */
let fromBinding: number[] = []
/** Past this many words a thread starts its numbering over (a long-lived worker meets many). */
const maxSharedWords = 1 << 20

/** A vocabulary for the next post: call it before the post's first cutIds. */
export function newPostVocabulary(): PostVocabulary {
  if (numbering.shared.words.length > maxSharedWords) {
    jieba.forgetIds()
    numbering = new SharedNumbering()
    fromBinding = []
  }
  return numbering.post()
}

/** The word that number `id` of cutIds stands for. */
export function cutWord(id: number): string {
  return numbering.shared.words[id]
}

/**
 * jieba's cut with HMM on, as the words' numbers (see cutWord); the words concatenate back to
 * the text. Call loadSegmenter first. The binding numbers words across calls and hands each one
 * over once per thread as a JS string (bench/README.md, "nodejieba load and cut (patched
 * binding)"): a folder says its common words hundreds of thousands of times.
 */
export function cutIds(text: string): Int32Array {
  if (loadedWith === undefined) throw new Error('loadSegmenter() must run before cutIds()')
  const [added, lengths, ids] = jieba.cutIds(text)
  const { shared } = numbering
  let at = 0
  for (let k = 0; k < lengths.length; k++) {
    fromBinding.push(shared.id(added.slice(at, (at += lengths[k]))))
  }
  for (let i = 0; i < ids.length; i++) ids[i] = fromBinding[ids[i]]
  return ids
}

/** True when jieba's dictionary or a loaded user dictionary holds the word. */
export function known(word: string): boolean {
  if (loadedWith === undefined) throw new Error('loadSegmenter() must run before known()')
  return jieba.known(word)
}
