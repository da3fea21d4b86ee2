import { mkdir, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { FolderWordList } from '@shared/cloud/settings'
import { invalidArgument } from '@shared/error-reasons'
import { parseWordList } from '@shared/text'
import { writeFileAtomic } from '../library/atomic-write'
import { resolveInside } from '../library/confine'
import { errnoCode, fsError } from '../library/fs-errors'
import { withCloudFiles } from './folder-lock'
import { maxWordLength } from './folder-settings-check'

const listIds: Record<FolderWordList, string> = {
  stopwords: '.postcloud/stopwords.txt',
  userdict: '.postcloud/userdict.txt'
}

/** One click in the word list adds one word; a paste of a list, a few hundred. */
const maxWordsPerCall = 1000

/**
 * Appends words to the folder's stopword list or user dictionary, one a line, skipping words the
 * file already has. The existing bytes stay exactly as they are (BOM, line endings, comments);
 * only new lines go after them, in the file's own line ending. Returns the words added.
 */
export async function addFolderWords(
  folder: string,
  list: FolderWordList,
  words: string[]
): Promise<string[]> {
  if (words.length === 0 || words.length > maxWordsPerCall) {
    throw invalidArgument('wordCount', `Give from 1 to ${maxWordsPerCall} words to add.`, {
      limit: String(maxWordsPerCall)
    })
  }
  const checked = words.map(checkListWord)
  const id = listIds[list]
  const path = await resolveInside(folder, id)
  return withCloudFiles(folder, async () => {
    const existing = await readOptional(path, id)
    const text = existing.toString('utf8')
    const present = new Set(parseWordList(text).map((line) => keyOf(list, firstColumn(line))))
    const added: string[] = []
    for (const word of checked) {
      const key = keyOf(list, word)
      if (present.has(key)) continue
      present.add(key)
      added.push(word)
    }
    if (added.length === 0) return added
    const eol = /\r\n/.test(text) ? '\r\n' : '\n'
    const lead = existing.length > 0 && !text.endsWith('\n') ? eol : ''
    const addition = Buffer.from(lead + added.map((word) => word + eol).join(''), 'utf8')
    try {
      await mkdir(dirname(path), { recursive: true })
    } catch (error) {
      throw fsError(error, '.postcloud', 'create the folder')
    }
    await writeFileAtomic(path, Buffer.concat([existing, addition]), { label: id })
    return added
  })
}

/**
 * A word as a line of either list: one column (a space would make a user dictionary read the
 * rest as a frequency or a tag), no control characters, no `|` or `;` (cppjieba splits its file
 * list on them), no leading `#` (a comment line).
 */
function checkListWord(value: string): string {
  if (value.trim() === '') throw invalidArgument('emptyWord', 'A word to add is empty.')
  const word = value.trim().normalize('NFC')
  if (word.length > maxWordLength) {
    const message = `"${word.slice(0, 20)}…" is longer than ${maxWordLength} characters.`
    throw invalidArgument('longWord', message, {
      word: word.slice(0, 20),
      limit: String(maxWordLength)
    })
  }
  if (/[\s\u0000-\u001f\u007f-\u009f|;]/.test(word)) {
    const message = `"${word}" cannot be added: a word has no spaces, control characters, | or ;.`
    throw invalidArgument('listWordCharacters', message, { word })
  }
  if (word.startsWith('#')) {
    const message = `"${word}" cannot be added: a line starting with # is a comment.`
    throw invalidArgument('listWordComment', message, { word })
  }
  return word
}

function firstColumn(line: string): string {
  return line.split(/\s+/)[0]
}

/** Stopwords match Latin words in any case (see createWordSet); the dictionary is exact. */
function keyOf(list: FolderWordList, word: string): string {
  return list === 'stopwords' ? word.toLowerCase() : word
}

async function readOptional(path: string, id: string): Promise<Buffer> {
  try {
    return await readFile(path)
  } catch (error) {
    const code = errnoCode(error)
    if (code === 'ENOENT') return Buffer.alloc(0)
    throw fsError(error, id, 'read')
  }
}
