import type { AutosaveMode } from './recovery'

export type ThemeSetting = 'system' | 'light' | 'dark'
export type LanguageSetting = 'system' | 'en' | 'zh-CN'

/** The writer's own settings, kept in the app's data folder (not in the posts folder). */
export interface AppSettings {
  theme: ThemeSetting
  language: LanguageSetting
  /** CSS font-family list for the editor; the bundled Noto Sans SC is always appended as fallback. */
  editorFontFamily: string
  editorFontSize: number
  /** Whether the preview may load images from the internet. */
  remoteContent: boolean
  /** When the window saves by itself; 'off' by default. */
  autosave: AutosaveMode
  /** For autosave 'delay': milliseconds after the last keystroke (200 to 60000). */
  autosaveDelayMs: number
}
