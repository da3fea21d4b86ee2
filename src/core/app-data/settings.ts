import { join } from 'node:path'
import { PostcloudError } from '@shared/errors'
import type { AppSettings } from '@shared/post'
import { queueWrite } from '../library/write-queue'
import { readJsonFile, writeJsonFile } from './json-file'

export const defaultSettings: Readonly<AppSettings> = Object.freeze({
  theme: 'system',
  language: 'system',
  // '' means the app's own font stack.
  editorFontFamily: '',
  editorFontSize: 15,
  remoteContent: false,
  autosave: 'off',
  autosaveDelayMs: 1000
})

export const minFontSize = 8
export const maxFontSize = 40
export const maxFontFamilyChars = 200
// Below 200 ms autosave would write on nearly every keystroke; past a minute it hardly protects.
export const minAutosaveDelayMs = 200
export const maxAutosaveDelayMs = 60000

type Check = (value: unknown) => string | null

/** Per key: null when the value is acceptable, else why not. */
const checks: { [K in keyof AppSettings]: Check } = {
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

const keys = Object.keys(checks) as Array<keyof AppSettings>

/**
 * The writer's settings, `<dataDir>/settings.json` in the app's data folder. Reading is tolerant
 * (a missing or corrupt file, or a bad value in it, falls back to the default of that key);
 * changing is strict (an unknown key or a bad value refuses the whole change).
 */
export class SettingsStore {
  private readonly file: string

  constructor(dataDir: string) {
    this.file = join(dataDir, 'settings.json')
  }

  async get(): Promise<AppSettings> {
    const stored = await readJsonFile<unknown>(this.file, null)
    const settings: AppSettings = { ...defaultSettings }
    if (!isPlainObject(stored)) return settings
    for (const key of keys) {
      if (Object.hasOwn(stored, key) && checks[key](stored[key]) === null) {
        setSetting(settings, key, stored[key])
      }
    }
    return settings
  }

  async update(changes: unknown): Promise<AppSettings> {
    const checked = checkChanges(changes)
    // One change at a time, so two quick changes of different keys both stick.
    return queueWrite(this.file, async () => {
      const current = await this.get()
      if (Object.keys(checked).length === 0) return current
      const next = { ...current, ...checked }
      await writeJsonFile(this.file, next)
      return next
    })
  }
}

/** The changes, every key known and every value valid; else INVALID_ARGUMENT naming the key. */
export function checkChanges(changes: unknown): Partial<AppSettings> {
  if (!isPlainObject(changes)) {
    throw new PostcloudError('INVALID_ARGUMENT', 'updateSettings needs an object of settings.')
  }
  const checked: Partial<AppSettings> = {}
  for (const key of Object.keys(changes)) {
    if (!isKey(key)) {
      throw new PostcloudError('INVALID_ARGUMENT', `"${key.slice(0, 60)}" is not a setting.`)
    }
    const problem = checks[key](changes[key])
    if (problem) throw new PostcloudError('INVALID_ARGUMENT', `The setting ${key} ${problem}.`)
    setSetting(checked, key, changes[key])
  }
  return checked
}

function setSetting(target: Partial<AppSettings>, key: keyof AppSettings, value: unknown): void {
  // Only called after checks[key] accepted the value, so it has the key's type.
  ;(target as Record<string, unknown>)[key] = value
}

function isKey(key: string): key is keyof AppSettings {
  return (keys as string[]).includes(key)
}

function oneOf(value: unknown, allowed: string[]): string | null {
  return typeof value === 'string' && allowed.includes(value)
    ? null
    : `must be one of ${allowed.join(', ')}`
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
