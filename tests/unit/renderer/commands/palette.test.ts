import { describe, expect, it } from 'vitest'
import { paletteCommands } from '@renderer/commands/palette'
import { translator } from '@renderer/i18n/translate'
import { fakeContext } from './fake-context'

const en = translator('en')
const zh = translator('zh-CN')
const offered = (query: string, overrides = {}, t = en): string[] =>
  paletteCommands(fakeContext(overrides).ctx, query, (command) => t(command.label)).map(
    (command) => command.id
  )

describe('the command palette', () => {
  it('offers what can run now, but not itself', () => {
    expect(offered('')).toEqual([
      'open-folder',
      'new-post',
      'save',
      'quick-open',
      'rename',
      'delete',
      'history',
      'settings',
      'about',
      'export-cloud'
    ])
  })

  it('offers no post commands without a post, and nothing needing a folder without one', () => {
    expect(offered('', { activePost: null })).not.toEqual(
      expect.arrayContaining(['save', 'rename', 'delete', 'history', 'export-cloud'])
    )
    expect(offered('', { folder: null, activePost: null })).toEqual([
      'open-folder',
      'settings',
      'about'
    ])
  })

  it('filters by the label in the window’s language, ignoring case and width', () => {
    expect(offered('SETT')).toEqual(['settings'])
    expect(offered('  post ')).toEqual(['new-post', 'quick-open', 'about'])
    expect(offered('设置', {}, zh)).toEqual(['settings'])
    expect(offered('ｓａｖｅ')).toEqual(['save'])
    expect(offered('nothing like it')).toEqual([])
  })

  it('offers the trash in the web host, and Regenerate while the cloud is shown', () => {
    expect(offered('', { webHost: true })).toContain('trash')
    expect(offered('word cloud', { regenerateCloud: () => undefined })).toEqual([
      'regenerate-cloud',
      'export-cloud'
    ])
    expect(offered('word cloud')).toEqual(['export-cloud'])
  })
})
