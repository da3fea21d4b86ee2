import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultSettings, SettingsStore } from '@core/app-data/settings'
import { checkArguments } from '@shared/contract-arguments/table'
import { codeOf, tempFolder, useTempFolders } from '../library/helpers'

useTempFolders()

async function store(contents?: string): Promise<{ file: string; settings: SettingsStore }> {
  const dataDir = await tempFolder('postcloud-settings-')
  const file = join(dataDir, 'settings.json')
  if (contents !== undefined) await writeFile(file, contents)
  return { file, settings: new SettingsStore(dataDir) }
}

/** A change as a transport brings it: checked by the contract's argument table, then stored. */
async function updateFromWire(settings: SettingsStore, changes: unknown): Promise<unknown> {
  const [checked] = checkArguments('updateSettings', [changes])
  return settings.update(checked)
}

describe('SettingsStore', () => {
  it('starts from the defaults', async () => {
    const { settings } = await store()
    expect(await settings.get()).toEqual({
      theme: 'system',
      language: 'system',
      editorFontFamily: '',
      editorFontSize: 15,
      remoteContent: false,
      autosave: 'off',
      autosaveDelayMs: 1000
    })
  })

  it('keeps changes in settings.json of the data folder and returns all settings', async () => {
    const { file, settings } = await store()
    const next = await settings.update({ theme: 'dark', editorFontSize: 18 })
    expect(next).toEqual({ ...defaultSettings, theme: 'dark', editorFontSize: 18 })
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(next)
    const again = await settings.update({ language: 'zh-CN', remoteContent: true })
    expect(again).toEqual({ ...next, language: 'zh-CN', remoteContent: true })
    expect(await settings.get()).toEqual(again)
  })

  it('keeps both of two changes made at once', async () => {
    const { settings } = await store()
    await Promise.all([
      settings.update({ theme: 'light' }),
      settings.update({ editorFontFamily: '"LXGW WenKai", serif' })
    ])
    expect(await settings.get()).toMatchObject({
      theme: 'light',
      editorFontFamily: '"LXGW WenKai", serif'
    })
  })

  it.each([
    ['an unknown key', { colour: 'red' }],
    ['a prototype key', JSON.parse('{"__proto__": {"theme": "dark"}}')],
    ['a theme that is not one of the three', { theme: 'blue' }],
    ['a language not offered', { language: 'fr' }],
    ['a font size below 8', { editorFontSize: 7 }],
    ['a font size above 40', { editorFontSize: 41 }],
    ['a font size that is not a number', { editorFontSize: '15' }],
    ['a font size that is not finite', { editorFontSize: Number.NaN }],
    ['a font family with a semicolon', { editorFontFamily: 'serif; color: red' }],
    ['a font family with braces', { editorFontFamily: 'a{b}' }],
    ['a font family with a line break', { editorFontFamily: 'a\nb' }],
    ['a font family over 200 characters', { editorFontFamily: 'a'.repeat(201) }],
    ['remote content that is not a boolean', { remoteContent: 'yes' }],
    ['a list', ['theme']],
    ['null', null],
    ['a string', 'theme=dark']
  ])('refuses %s and changes nothing', async (_label, changes) => {
    const { settings } = await store()
    await settings.update({ theme: 'dark', editorFontSize: 20 })
    expect(await codeOf(updateFromWire(settings, changes))).toBe('INVALID_ARGUMENT')
    expect(await settings.get()).toEqual({ ...defaultSettings, theme: 'dark', editorFontSize: 20 })
    expect(({} as Record<string, unknown>).theme).toBeUndefined()
  })

  it('refuses a whole change when one of its keys is bad', async () => {
    const { settings } = await store()
    expect(await codeOf(updateFromWire(settings, { theme: 'dark', editorFontSize: 100 }))).toBe(
      'INVALID_ARGUMENT'
    )
    expect((await settings.get()).theme).toBe('system')
  })

  it('accepts the edges of the ranges', async () => {
    const { settings } = await store()
    expect((await settings.update({ editorFontSize: 8 })).editorFontSize).toBe(8)
    expect((await settings.update({ editorFontSize: 40 })).editorFontSize).toBe(40)
    const family = 'a'.repeat(200)
    expect((await settings.update({ editorFontFamily: family })).editorFontFamily).toBe(family)
    expect(await settings.update({})).toMatchObject({ editorFontSize: 40 })
  })

  it.each([
    ['not JSON', '{ theme: dark'],
    ['a list', '["dark"]'],
    ['null', 'null'],
    ['empty', '']
  ])('falls back to the defaults for a corrupt file (%s)', async (_label, contents) => {
    const { settings } = await store(contents)
    expect(await settings.get()).toEqual(defaultSettings)
    expect(await settings.update({ theme: 'light' })).toEqual({
      ...defaultSettings,
      theme: 'light'
    })
  })

  it('keeps the good values of a file with some bad ones', async () => {
    const { settings } = await store(
      JSON.stringify({ theme: 'dark', editorFontSize: 400, language: 'klingon', extra: 1 })
    )
    expect(await settings.get()).toEqual({ ...defaultSettings, theme: 'dark' })
  })
})
