import { join } from 'node:path'
import type { AppSettings } from '@shared/settings'
import { isPlainObject } from '@shared/contract-arguments/checks'
import { isValidSetting, settingKeys } from '@shared/settings-rules'
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

/**
 * The writer's settings, `<dataDir>/settings.json` in the app's data folder. Reading is tolerant
 * (a missing or corrupt file, or a bad value in it, falls back to the default of that key);
 * changes arrive checked (the contract's argument table applies `checkSettingsChanges`).
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
    for (const key of settingKeys) {
      if (Object.hasOwn(stored, key) && isValidSetting(key, stored[key])) {
        setSetting(settings, key, stored[key])
      }
    }
    return settings
  }

  async update(changes: Partial<AppSettings>): Promise<AppSettings> {
    // One change at a time, so two quick changes of different keys both stick.
    return queueWrite(this.file, async () => {
      const current = await this.get()
      if (Object.keys(changes).length === 0) return current
      const next = { ...current, ...changes }
      await writeJsonFile(this.file, next)
      return next
    })
  }
}

function setSetting(target: AppSettings, key: keyof AppSettings, value: unknown): void {
  // Only called after the key's rule accepted the value, so it has the key's type.
  ;(target as unknown as Record<string, unknown>)[key] = value
}
