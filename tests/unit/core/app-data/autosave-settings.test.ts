import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultSettings, SettingsStore } from '@core/app-data/settings'
import { PostcloudError } from '@shared/errors'
import {
  checkSettingsChanges,
  maxAutosaveDelayMs,
  minAutosaveDelayMs
} from '@shared/settings-rules'
import { tempFolder, useRecoveryTemps } from './helpers'

useRecoveryTemps()

function problemOf(changes: unknown): string | null {
  try {
    checkSettingsChanges(changes)
    return null
  } catch (error) {
    return error instanceof PostcloudError ? `${error.code}: ${error.message}` : String(error)
  }
}

describe('autosave settings', () => {
  it('are off, with a one second delay, by default', () => {
    expect(defaultSettings.autosave).toBe('off')
    expect(defaultSettings.autosaveDelayMs).toBe(1000)
  })

  it.each([
    { autosave: 'off' },
    { autosave: 'delay' },
    { autosave: 'focus' },
    { autosaveDelayMs: minAutosaveDelayMs },
    { autosaveDelayMs: maxAutosaveDelayMs },
    { autosave: 'delay', autosaveDelayMs: 2500 }
  ])('accepts %j', (changes) => {
    expect(problemOf(changes)).toBeNull()
  })

  it.each([
    [{ autosave: 'always' }, 'autosave must be one of off, delay, focus'],
    [{ autosave: true }, 'autosave must be one of'],
    [{ autosaveDelayMs: minAutosaveDelayMs - 1 }, 'autosaveDelayMs must be a whole number'],
    [{ autosaveDelayMs: maxAutosaveDelayMs + 1 }, 'from 200 to 60000'],
    [{ autosaveDelayMs: 1000.5 }, 'whole number'],
    [{ autosaveDelayMs: '1000' }, 'whole number'],
    [{ autosaveDelayMs: Number.POSITIVE_INFINITY }, 'whole number']
  ])('refuses %j', (changes, message) => {
    const problem = problemOf(changes)
    expect(problem).toMatch(/^INVALID_ARGUMENT: /)
    expect(problem).toContain(message)
  })

  it('keeps them, and falls back to the defaults for bad stored values', async () => {
    const dataDir = await tempFolder()
    const store = new SettingsStore(dataDir)
    expect(await store.update({ autosave: 'focus', autosaveDelayMs: 5000 })).toMatchObject({
      autosave: 'focus',
      autosaveDelayMs: 5000
    })
    expect(await new SettingsStore(dataDir).get()).toMatchObject({
      autosave: 'focus',
      autosaveDelayMs: 5000
    })
    await writeFile(
      join(dataDir, 'settings.json'),
      JSON.stringify({ autosave: 'sometimes', autosaveDelayMs: 5 })
    )
    expect(await store.get()).toMatchObject({ autosave: 'off', autosaveDelayMs: 1000 })
  })
})
