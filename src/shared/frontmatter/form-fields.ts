import type { FrontMatterValue } from '../post'
import type { FrontMatterEntry } from './read-buffer'

/**
 * How the form shows one key:
 * - `text`: a one-line string (or an empty value); `date`: the same with a date picker;
 * - `number`, `boolean`: typed inputs;
 * - `list`: a YAML list of scalars, edited as comma-separated text;
 * - `words`: a string Jekyll splits at spaces (`tags: a b`), edited as that string;
 * - `readonly`: anything the form cannot edit without losing something (maps, nested lists,
 *   multi-line strings, lists whose items contain the separators): shown, not edited.
 */
export type FieldKind = 'text' | 'date' | 'number' | 'boolean' | 'list' | 'words' | 'readonly'

export interface FormField {
  key: string
  kind: FieldKind
  /** The value in the file; undefined when the key is missing. */
  value: FrontMatterValue | undefined
  /** What the input shows for the value. */
  text: string
}

/** Keys the form always offers, in this order, whether the file has them or not. */
export const standardKeys = ['title', 'date', 'layout', 'categories', 'tags'] as const

/** Characters that separate list items in the form: comma, full-width comma, enumeration comma. */
const LIST_SEPARATORS = /[,，、]/

type Scalar = string | number | boolean

function isScalar(value: FrontMatterValue | undefined): value is Scalar {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
}

function isOneLine(text: string): boolean {
  return !/[\r\n\u2028\u2029]/.test(text)
}

/** A list item shows as itself; one the list text cannot carry back unchanged makes it read-only. */
function isListItem(value: FrontMatterValue): value is Scalar {
  if (!isScalar(value)) return false
  const text = String(value)
  return text !== '' && text === text.trim() && isOneLine(text) && !LIST_SEPARATORS.test(text)
}

/** Text for the inputs: lists joined with `, `, maps and the rest as compact JSON. */
function displayText(value: FrontMatterValue | undefined): string {
  if (value === undefined || value === null) return ''
  if (isScalar(value)) return String(value)
  if (Array.isArray(value) && value.every(isListItem)) return value.map(String).join(', ')
  return JSON.stringify(value)
}

function kindOf(key: string, value: FrontMatterValue | undefined): FieldKind {
  const listKey = key === 'categories' || key === 'tags'
  if (value === undefined || value === null)
    return key === 'date' ? 'date' : listKey ? 'list' : 'text'
  if (typeof value === 'string') {
    if (!isOneLine(value)) return 'readonly'
    return listKey ? 'words' : key === 'date' ? 'date' : 'text'
  }
  // A number or yes/no title is still text to a reader; a list or map title is something else.
  if (key === 'title' || key === 'layout') return isScalar(value) ? 'text' : 'readonly'
  if (key === 'date') return 'readonly'
  if (Array.isArray(value)) return value.every(isListItem) ? 'list' : 'readonly'
  if (listKey) return 'readonly'
  if (typeof value === 'number') return 'number'
  return typeof value === 'boolean' ? 'boolean' : 'readonly'
}

/** One field of the form for a key and its value in the file. */
export function formField(key: string, value: FrontMatterValue | undefined): FormField {
  return { key, kind: kindOf(key, value), value, text: displayText(value) }
}

/** The standard fields (present or not) and then every other key of the block, in file order. */
export function formFields(entries: FrontMatterEntry[]): {
  standard: FormField[]
  others: FormField[]
} {
  const byKey = new Map(entries.map((entry) => [entry.key, entry.value]))
  return {
    standard: standardKeys.map((key) => formField(key, byKey.get(key))),
    others: entries
      .filter((entry) => !(standardKeys as readonly string[]).includes(entry.key))
      .map((entry) => formField(entry.key, entry.value))
  }
}

/** Splits list text at commas (`,` `，` `、`), trimming items and dropping empty ones. */
export function splitListText(text: string): string[] {
  return text
    .split(LIST_SEPARATORS)
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

/** The result of an edit: the value to send for the key, or null when nothing changed. */
export type Edit = { value: FrontMatterValue } | null

/**
 * The value to write for what the writer entered in a field, or null when it is the value the
 * file already has (or, for a number, not a number: the field then reverts). Text is trimmed: edge
 * spaces in a one-line front matter value are never meant.
 */
export function editedValue(field: FormField, input: string | boolean): Edit {
  if (field.kind === 'readonly') return null
  if (typeof input === 'boolean') {
    return field.kind === 'boolean' && input !== field.value ? { value: input } : null
  }
  const text = input.trim()
  switch (field.kind) {
    case 'number': {
      const number = Number(text)
      if (text === '' || !Number.isFinite(number) || number === field.value) return null
      return { value: number }
    }
    case 'list':
      return editedList(field, text)
    case 'boolean':
      return null
    default:
      return text === field.text ? null : { value: text }
  }
}

/** New list items as text; items the writer left alone keep their type (`2025` stays a number). */
function editedList(field: FormField, text: string): Edit {
  const before = Array.isArray(field.value) ? field.value : []
  const items = splitListText(text)
  const same =
    items.length === before.length && items.every((item, i) => item === String(before[i]))
  if (same) return null
  const kept = new Map(before.map((item) => [String(item), item]))
  return { value: items.map((item) => kept.get(item) ?? item) }
}
