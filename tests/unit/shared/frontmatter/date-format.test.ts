import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  applyPickedDate,
  defaultDateFormat,
  defaultDateShape,
  formatDate,
  formatFrontMatterDate,
  parseFrontMatterDate,
  parsePickerValue,
  pickerType,
  pickerValue
} from '@shared/frontmatter/date-format'
import type { DateShape } from '@shared/frontmatter/date-format'

const beijing = defaultDateShape(480)

describe('parseFrontMatterDate reads the shapes writers use', () => {
  it.each<[string, Partial<DateShape>, string]>([
    [
      '2025-11-11 15:33:03 +0800',
      { hasTime: true, separator: ' ', hasSeconds: true, zone: 'compact', zoneGap: ' ' },
      '2025-11-11T15:33:03'
    ],
    [
      '2025-11-11T15:33:03+08:00',
      { separator: 'T', hasSeconds: true, zone: 'colon', zoneGap: '', offsetMinutes: 480 },
      '2025-11-11T15:33:03'
    ],
    ['2025-11-11T07:33:03Z', { zone: 'utc', offsetMinutes: 0 }, '2025-11-11T07:33:03'],
    ['2025-11-11T07:33:03.000Z', { fractionDigits: 3, zone: 'utc' }, '2025-11-11T07:33:03'],
    [
      '2025-11-11 15:33',
      { hasSeconds: false, zone: 'none', offsetMinutes: null },
      '2025-11-11T15:33'
    ],
    ['2025-11-11 15:33:03', { hasSeconds: true, zone: 'none' }, '2025-11-11T15:33:03'],
    ['2025-11-11 09:15 -0700', { hasSeconds: false, offsetMinutes: -420 }, '2025-11-11T09:15'],
    ['2025-11-11 09:15:00 +0530', { zone: 'compact', offsetMinutes: 330 }, '2025-11-11T09:15:00'],
    ['2025-11-11 09:15:00 +08', { zone: 'hours', offsetMinutes: 480 }, '2025-11-11T09:15:00'],
    ['2025-11-11', { hasTime: false, zone: 'none' }, '2025-11-11'],
    ['2024-02-29', { hasTime: false }, '2024-02-29']
  ])('%s', (text, shape, picker) => {
    const parsed = parseFrontMatterDate(text)
    expect(parsed).not.toBeNull()
    expect(parsed?.shape).toMatchObject(shape)
    expect(pickerValue(parsed!)).toBe(picker)
    expect(pickerType(parsed!.shape)).toBe(text.length === 10 ? 'date' : 'datetime-local')
  })

  it.each([
    '',
    'today',
    '2025/11/11',
    '2025-1-5',
    '2025-13-01',
    '2025-02-29',
    '2025-11-31',
    '2025-11-11 24:00',
    '2025-11-11 15:60',
    '2025-11-11 15:33:61',
    '2025-11-11 15:33:03 +2400',
    '2025-11-11 15:33:03 +08:61',
    '2025-11-11 +0800',
    ' 2025-11-11',
    '2025-11-11 15:33:03 CST',
    '2025-11-11T15:33:03+0800 extra',
    '11/11/2025'
  ])('%j is not a date the picker can keep', (text) => {
    expect(parseFrontMatterDate(text)).toBeNull()
  })
})

describe('formatFrontMatterDate is the inverse of parsing', () => {
  it.each([
    '2025-11-11 15:33:03 +0800',
    '2025-11-11T15:33:03+08:00',
    '2025-11-11T07:33:03Z',
    '2025-11-11T07:33:03.000Z',
    '2025-11-11 15:33',
    '2025-11-11 09:15 -0700',
    '2025-11-11 09:15:00 -03:30',
    '2025-11-11 09:15:00 +08',
    '2025-11-11 09:15:00 Z',
    '2025-11-11',
    '0099-01-01',
    '2024-02-29 23:59:59 +1400'
  ])('%s', (text) => {
    const parsed = parseFrontMatterDate(text)!
    expect(formatFrontMatterDate(parsed.wall, parsed.shape)).toBe(text)
  })
})

describe('applyPickedDate keeps the format and zone of the file', () => {
  it.each([
    ['2025-11-11 15:33:03 +0800', '2025-11-12T09:00', '2025-11-12 09:00:00 +0800'],
    ['2025-11-11 15:33:03 +0800', '2025-11-12T09:00:30', '2025-11-12 09:00:30 +0800'],
    ['2025-11-11', '2025-11-12', '2025-11-12'],
    ['2025-11-11T15:33:03+08:00', '2025-12-31T23:59:59', '2025-12-31T23:59:59+08:00'],
    ['2025-11-11T07:33:03Z', '2026-01-01T00:00', '2026-01-01T00:00:00Z'],
    ['2025-11-11T07:33:03.250Z', '2026-01-01T00:00:05', '2026-01-01T00:00:05.000Z'],
    ['2025-11-11 15:33', '2025-11-12T08:05', '2025-11-12 08:05'],
    ['2025-11-11 15:33 -0700', '2025-11-12T08:05:00', '2025-11-12 08:05 -0700'],
    ['2025-11-11 15:33:03', '2025-11-12T08:05', '2025-11-12 08:05:00'],
    ['2025-11-11 15:33:03 +05:30', '2025-11-12T08:05', '2025-11-12 08:05:00 +05:30'],
    ['', '2025-11-12T09:00', '2025-11-12 09:00:00 +0800']
  ])('%j picked as %s -> %s', (current, picked, expected) => {
    expect(applyPickedDate(current, picked, beijing)).toBe(expected)
  })

  it.each([
    ['someday', '2025-11-12T09:00'],
    ['2025-11-11', ''],
    ['2025-11-11', '2025-02-30'],
    ['2025-11-11', '+275760-09-13']
  ])('%j picked as %j gives nothing', (current, picked) => {
    expect(applyPickedDate(current, picked, beijing)).toBeNull()
  })
})

describe('parsePickerValue', () => {
  it.each([
    ['2025-11-12', { year: 2025, month: 11, day: 12, hour: 0, minute: 0, second: 0 }],
    ['2025-11-12T09:00', { year: 2025, month: 11, day: 12, hour: 9, minute: 0, second: 0 }],
    ['2025-11-12T09:00:07.5', { year: 2025, month: 11, day: 12, hour: 9, minute: 0, second: 7 }],
    ['2025-11-12 09:00', null],
    ['2025-11-12T9:00', null]
  ])('%j', (value, wall) => {
    expect(parsePickerValue(value)).toEqual(wall)
  })
})

describe('the default shape is the format Postcloud writes for new posts', () => {
  it('round-trips a date made with defaultDateFormat', () => {
    const text = formatDate(Date.parse('2025-11-11T07:33:03Z'), 480, defaultDateFormat)
    expect(text).toBe('2025-11-11 15:33:03 +0800')
    expect(parseFrontMatterDate(text)?.shape).toEqual(beijing)
  })
})

describe('sample posts', () => {
  const folder = fileURLToPath(
    new URL('../../../../resources/sample-posts/_posts', import.meta.url)
  )
  const dates = readdirSync(folder).flatMap((name) =>
    [...readFileSync(join(folder, name), 'utf8').matchAll(/^(?:date|posttime): "(.*)"$/gm)].map(
      (match) => match[1]
    )
  )

  it('has dates to read', () => {
    expect(dates.length).toBeGreaterThanOrEqual(10)
  })

  it.each(dates)('%s reads and writes back unchanged', (text) => {
    const parsed = parseFrontMatterDate(text)!
    expect(parsed.shape).toEqual(beijing)
    expect(formatFrontMatterDate(parsed.wall, parsed.shape)).toBe(text)
  })
})
