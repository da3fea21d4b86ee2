import { maxFileNameBytes, safeStem } from '@shared/cloud/file-name'
import type { FolderCloudChanges, WordEdits } from '@shared/cloud/settings'
import { invalidArgument } from '@shared/error-reasons'

/**
 * Checks for what a folder's `.postcloud/cloud.json` may say about all of its clouds: the image
 * file name pattern and the writer's word edits. The same rules refuse a bad change over the
 * contract and drop a bad entry from a hand-edited file.
 */

export const maxPatternLength = 200
export const maxWordLength = 50
/** Bounds the file a team commits; a writer's corrections number in the tens or hundreds. */
export const maxEditEntries = 10_000

const placeholder = /\{([^{}]*)\}/g
const knownPlaceholders = new Set(['title', 'slug', 'date'])
// Given to the window's sentences, where `{…}` itself would be a place for a param.
const knownList = '{title}, {slug}, {date}'

/** A valid pattern as given, else INVALID_ARGUMENT saying why. */
export function checkPattern(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw invalidArgument('emptyPattern', 'The cloud file name pattern must not be empty.')
  }
  if (value.length > maxPatternLength) {
    const message = `The cloud file name pattern is longer than ${maxPatternLength} characters.`
    throw invalidArgument('longPattern', message, { limit: String(maxPatternLength) })
  }
  if (/[/\\]/.test(value)) {
    const message = 'The cloud file name pattern is a file name: it cannot contain / or \\.'
    throw invalidArgument('patternSlash', message)
  }
  if (hasControl(value)) {
    throw invalidArgument(
      'patternControl',
      'The cloud file name pattern contains control characters.'
    )
  }
  let fields = 0
  for (const match of value.matchAll(placeholder)) {
    if (!knownPlaceholders.has(match[1])) {
      throw invalidArgument(
        'patternPlaceholder',
        `Unknown placeholder "{${match[1]}}" in the cloud file name pattern; use {title}, {slug} or {date}.`,
        { placeholder: `{${match[1]}}`, known: knownList }
      )
    }
    fields++
  }
  // Without fields every post gets the same name, so it must already be a usable file name.
  const stem = value.replace(/\.(?:jpe?g|png)$/i, '')
  if (fields === 0 && safeStem(stem, maxFileNameBytes - 4) !== stem.normalize('NFC')) {
    throw invalidArgument(
      'patternFileName',
      `"${value}" is not usable as a file name; use {title}, {slug} or {date}, or a plain name without spaces or characters like : * ? " < > |.`,
      { pattern: value, known: knownList }
    )
  }
  return value
}

/** A pattern read from the file: the default's stand-in when it is not valid. */
export function patternOrNull(value: unknown): string | null {
  try {
    return checkPattern(value)
  } catch {
    return null
  }
}

/** A word of the word list as the writer may edit it, else INVALID_ARGUMENT naming it. */
export function checkWord(value: unknown, role: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw invalidArgument('emptyWord', `${role} must be a word, not empty.`)
  }
  if (value.length > maxWordLength) {
    const message = `${role} "${value.slice(0, 20)}…" is longer than ${maxWordLength} characters.`
    throw invalidArgument('longWord', message, {
      word: value.slice(0, 20),
      limit: String(maxWordLength)
    })
  }
  if (hasControl(value)) {
    throw invalidArgument('wordControl', `${role} "${value}" contains control characters.`, {
      word: value.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')
    })
  }
  return value
}

/** The edits after `changes` (null removes a word's entry); refuses a merge into itself or a cycle. */
export function applyEditChanges(current: WordEdits, changes: FolderCloudChanges): WordEdits {
  const merge = applyMap(current.merge, changes.merge, 'merge')
  const rename = applyMap(current.rename, changes.rename, 'rename')
  for (const [from, to] of Object.entries(merge)) {
    if (from === to) {
      throw invalidArgument('mergeSelf', `"${from}" cannot be merged into itself.`, { word: from })
    }
  }
  const cycle = findCycle(merge)
  if (cycle) {
    const words = cycle.join(' → ')
    throw invalidArgument('mergeCycle', `These merges go round in a circle: ${words}.`, { words })
  }
  return { merge, rename }
}

/** The valid entries of edits read from a file; a merge cycle drops the merges that close it. */
export function readEdits(value: unknown): WordEdits {
  const source = isRecord(value) ? value : {}
  const merge = validEntries(source.merge)
  for (let cycle = findCycle(merge); cycle; cycle = findCycle(merge)) delete merge[cycle[0]]
  return { merge, rename: validEntries(source.rename) }
}

function applyMap(
  current: Record<string, string>,
  changes: Record<string, string | null> | undefined,
  name: 'merge' | 'rename'
): Record<string, string> {
  if (changes === undefined) return { ...current }
  const out = { ...current }
  for (const [from, to] of Object.entries(changes)) {
    checkWord(from, `A word to ${name}`)
    if (to === null) delete out[from]
    // A display equal to the word itself is no rename at all.
    else if (name === 'rename' && to === from) delete out[from]
    else defineEntry(out, from, checkWord(to, name === 'merge' ? 'A merge target' : 'A new name'))
  }
  if (Object.keys(out).length > maxEditEntries) {
    const message = `The folder can hold at most ${maxEditEntries} ${name} entries.`
    throw invalidArgument('tooManyEdits', message, { limit: String(maxEditEntries) })
  }
  return out
}

function validEntries(value: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  if (!isRecord(value)) return out
  for (const [from, to] of Object.entries(value).slice(0, maxEditEntries)) {
    if (isWord(from) && isWord(to) && from !== to) defineEntry(out, from, to)
  }
  return out
}

/** The words of the first cycle of `from -> to` steps, the first word repeated at the end. */
function findCycle(merge: Record<string, string>): string[] | null {
  const done = new Set<string>()
  for (const start of Object.keys(merge)) {
    const path: string[] = []
    const onPath = new Set<string>()
    for (let word: string | undefined = start; word !== undefined; word = next(merge, word)) {
      if (done.has(word)) break
      if (onPath.has(word)) return [...path.slice(path.indexOf(word)), word]
      onPath.add(word)
      path.push(word)
    }
    for (const word of path) done.add(word)
  }
  return null
}

function next(merge: Record<string, string>, word: string): string | undefined {
  return Object.hasOwn(merge, word) ? merge[word] : undefined
}

/** An own property even for `__proto__`, which plain assignment would treat as the prototype. */
function defineEntry(map: Record<string, string>, key: string, value: string): void {
  Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true })
}

/** True for a word `checkWord` accepts: for dropping a hand-edited file's bad entries. */
export function isWord(value: unknown): value is string {
  try {
    checkWord(value, 'word')
    return true
  } catch {
    return false
  }
}

function hasControl(text: string): boolean {
  return /[\u0000-\u001f\u007f-\u009f]/.test(text)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
