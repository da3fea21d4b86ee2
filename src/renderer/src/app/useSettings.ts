import { useCallback, useEffect, useState } from 'react'
import type { AppSettings } from '@shared/settings'
import { api } from '../api'

/** Settings once loaded, as the window's components receive them. */
export interface Settings {
  value: AppSettings
  update(changes: Partial<AppSettings>): Promise<void>
}

export interface SettingsState {
  /** null until the back end answered. */
  settings: AppSettings | null
  update(changes: Partial<AppSettings>): Promise<void>
}

/** The writer's settings from the app's data folder; `update` saves and applies at once. */
export function useSettings(onError: (error: Error) => void): SettingsState {
  const [settings, setSettings] = useState<AppSettings | null>(null)
  useEffect(() => {
    api.getSettings().then(setSettings, onError)
  }, [onError])
  const update = useCallback(
    async (changes: Partial<AppSettings>): Promise<void> => {
      try {
        setSettings(await api.updateSettings(changes))
      } catch (error) {
        onError(error as Error)
      }
    },
    [onError]
  )
  return { settings, update }
}
