import { isPlainObject } from './contract-arguments/checks'
import { PostcloudError } from './errors'
import type { AppSettings } from './settings'

/**
 * What each of the writer's settings may be. The same rules refuse a bad change where it enters
 * (the contract's argument table) and drop a bad value read back from `settings.json`.
 */

export const minFontSize = 8
export const maxFontSize = 40
export const maxFontFamilyChars = 200
// Below 200 ms autosave would write on nearly every keystroke; past a minute it hardly protects.
export const minAutosaveDelayMs = 200
export const maxAutosaveDelayMs = 60000

type Rule = (value: unknown) => string | null

/** Per key: null when the value is acceptable, else why not. */
const rules: { [K in keyof AppSettings]: Rule } = {
  theme: (v) => oneOf(v, ['system', 'light', 'dark']),
  language: (v) => oneOf(v, ['system', 'en', 'zh-CN']),
  editorFontFamily: (v) => {
    if (typeof v !== 'string') return 'must be text'
    if (v.length > maxFontFamilyChars) return `must be at most ${maxFontFamilyChars} characters`
    // It ends up in a CSS declaration: these would end it or open a block.
    if (/[;{}\u0000-\u001f\u007f]/.test(v)) return 'must not contain ; { } or control characters'
    return null
  },
  editorFontSize: (v) =>
    typeof v === 'number' && Number.isFinite(v) && v >= minFontSize && v <= maxFontSize
      ? null
      : `must be a number from ${minFontSize} to ${maxFontSize}`,
  remoteContent: (v) => (typeof v === 'boolean' ? null : 'must be true or false'),
  autosave: (v) => oneOf(v, ['off', 'delay', 'focus']),
  autosaveDelayMs: (v) =>
    typeof v === 'number' &&
    Number.isInteger(v) &&
    v >= minAutosaveDelayMs &&
    v <= maxAutosaveDelayMs
      ? null
      : `must be a whole number from ${minAutosaveDelayMs} to ${maxAutosaveDelayMs}`
}

export const settingKeys = Object.keys(rules) as Array<keyof AppSettings>

/** Whether `value` may be the setting `key`. */
export function isValidSetting(key: keyof AppSettings, value: unknown): boolean {
  return rules[key](value) === null
}

/** The changes, every key known and every value valid; else INVALID_ARGUMENT naming the key. */
export function checkSettingsChanges(changes: unknown): Partial<AppSettings> {
  if (!isPlainObject(changes)) {
    throw new PostcloudError('INVALID_ARGUMENT', 'The settings to change must be an object.')
  }
  for (const key of Object.keys(changes)) {
    if (!isKey(key)) {
      throw new PostcloudError(
        'INVALID_ARGUMENT',
        `The setting "${key.slice(0, 60)}" does not exist.`
      )
    }
    const problem = rules[key](changes[key])
    if (problem) throw new PostcloudError('INVALID_ARGUMENT', `The setting ${key} ${problem}.`)
  }
  return changes as Partial<AppSettings>
}

function isKey(key: string): key is keyof AppSettings {
  return (settingKeys as string[]).includes(key)
}

function oneOf(value: unknown, allowed: string[]): string | null {
  return typeof value === 'string' && allowed.includes(value)
    ? null
    : `must be one of ${allowed.join(', ')}`
}
