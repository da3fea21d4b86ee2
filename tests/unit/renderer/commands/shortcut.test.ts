import { describe, expect, it } from 'vitest'
import { commandShortcuts } from '@shared/commands'
import type { CommandId } from '@shared/commands'
import { commandForKey } from '@renderer/commands/registry'
import { matches, shortcutAria, shortcutLabel } from '@renderer/commands/shortcut'
import type { KeyPress } from '@renderer/commands/shortcut'

/** A key press as the browser reports it; Ctrl unless `mods` says otherwise. */
function press(key: string, code: string, mods: Partial<KeyPress> = {}): KeyPress {
  return { key, code, ctrlKey: true, metaKey: false, shiftKey: false, altKey: false, ...mods }
}

const idOf = (event: KeyPress, mac = false): CommandId | undefined => commandForKey(event, mac)?.id

describe('the window’s keys', () => {
  it.each([
    [press('o', 'KeyO'), 'open-folder'],
    [press('n', 'KeyN'), 'new-post'],
    [press('s', 'KeyS'), 'save'],
    [press('p', 'KeyP'), 'quick-open'],
    [press(',', 'Comma'), 'settings'],
    [press('H', 'KeyH', { shiftKey: true }), 'history'],
    [press('P', 'KeyP', { shiftKey: true }), 'command-palette'],
    [press('r', 'KeyR', { altKey: true }), 'regenerate-cloud']
  ] as const)('%o runs %s', (event, id) => {
    expect(idOf(event)).toBe(id)
  })

  it('Caps Lock does not change Ctrl+S', () => {
    expect(idOf(press('S', 'KeyS'))).toBe('save')
  })

  it('with Shift, the key is matched by its position, whatever character Shift makes', () => {
    // A layout where Shift+P types something else still opens the palette.
    expect(idOf(press('¶', 'KeyP', { shiftKey: true }))).toBe('command-palette')
    // And Ctrl+Shift+P is not Ctrl+P: quick open needs P without Shift.
    expect(idOf(press('P', 'KeyP', { shiftKey: true }))).not.toBe('quick-open')
  })

  it('with Alt, the key is matched by its position (Option+R types ® on a Mac)', () => {
    const optionR = press('®', 'KeyR', { ctrlKey: false, metaKey: true, altKey: true })
    expect(idOf(optionR, true)).toBe('regenerate-cloud')
  })

  it('without Shift or Alt, the key is matched by its character (a remapped layout)', () => {
    // Dvorak's S sits where QWERTY has ;.
    expect(idOf(press('s', 'Semicolon'))).toBe('save')
    expect(idOf(press('o', 'KeyS'))).toBe('open-folder')
  })

  it('takes Cmd on a Mac and Ctrl elsewhere', () => {
    const cmdS = press('s', 'KeyS', { ctrlKey: false, metaKey: true })
    expect(idOf(cmdS, true)).toBe('save')
    expect(idOf(cmdS, false)).toBeUndefined()
    expect(idOf(press('s', 'KeyS'), true)).toBeUndefined()
  })

  it('ignores keys with a modifier too many or too few', () => {
    expect(idOf(press('s', 'KeyS', { altKey: true }))).toBeUndefined()
    expect(idOf(press('S', 'KeyS', { shiftKey: true }))).toBeUndefined()
    expect(idOf(press('s', 'KeyS', { ctrlKey: false }))).toBeUndefined()
    expect(idOf(press('h', 'KeyH'))).toBeUndefined()
    expect(idOf(press('r', 'KeyR'))).toBeUndefined()
  })

  it('leaves F2 to the post list, which renames the post under its cursor', () => {
    expect(idOf(press('F2', 'F2', { ctrlKey: false }))).toBeUndefined()
    expect(matches(press('F2', 'F2', { ctrlKey: false }), commandShortcuts.rename, false)).toBe(
      true
    )
  })
})

describe('how a shortcut is written', () => {
  it.each([
    ['save', 'Ctrl+S', '⌘S'],
    ['settings', 'Ctrl+,', '⌘,'],
    ['history', 'Ctrl+Shift+H', '⌘⇧H'],
    ['command-palette', 'Ctrl+Shift+P', '⌘⇧P'],
    ['regenerate-cloud', 'Ctrl+Alt+R', '⌘⌥R'],
    ['rename', 'F2', 'F2']
  ] as const)('%s reads %s, or %s on a Mac', (id, label, macLabel) => {
    expect(shortcutLabel(commandShortcuts[id], false)).toBe(label)
    expect(shortcutLabel(commandShortcuts[id], true)).toBe(macLabel)
  })

  it.each([
    ['save', 'Control+S', 'Meta+S'],
    ['history', 'Control+Shift+H', 'Meta+Shift+H'],
    ['regenerate-cloud', 'Control+Alt+R', 'Meta+Alt+R'],
    ['rename', 'F2', 'F2']
  ] as const)('%s is announced as %s, or %s on a Mac', (id, aria, macAria) => {
    expect(shortcutAria(commandShortcuts[id], false)).toBe(aria)
    expect(shortcutAria(commandShortcuts[id], true)).toBe(macAria)
  })
})
