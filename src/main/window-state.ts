import type { BrowserWindow, Rectangle } from 'electron'
import { join } from 'node:path'
import { readJsonFile, writeJsonFile } from '@core/app-data/json-file'

export interface WindowState {
  bounds?: Rectangle
  maximized?: boolean
}

const fileName = 'window-state.json'

export function loadWindowState(dataDir: string): Promise<WindowState> {
  return readJsonFile<WindowState>(join(dataDir, fileName), {})
}

/** Saves size and position when the window closes, so the next launch opens where this one was. */
export function trackWindowState(window: BrowserWindow, dataDir: string): void {
  window.on('close', () => {
    const state: WindowState = {
      bounds: window.getNormalBounds(),
      maximized: window.isMaximized()
    }
    void writeJsonFile(join(dataDir, fileName), state)
  })
}
