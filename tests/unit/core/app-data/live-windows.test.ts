import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { LiveWindows } from '@core/app-data/live-windows'

describe('LiveWindows', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('counts a window as open from its attach until the grace after its last detach', () => {
    const gone: string[] = []
    const windows = new LiveWindows((id) => gone.push(id), 2_000)
    expect(windows.isLive('w')).toBe(false)
    const first = windows.attach('w')
    const second = windows.attach('w')
    first()
    // Detaching twice is one detach.
    first()
    expect(windows.isLive('w')).toBe(true)
    second()
    vi.advanceTimersByTime(1_999)
    expect(windows.isLive('w')).toBe(true)
    expect(gone).toEqual([])
    vi.advanceTimersByTime(1)
    expect(windows.isLive('w')).toBe(false)
    expect(gone).toEqual(['w'])
  })

  it('keeps a window that attaches again within the grace (a dropped stream back at once)', () => {
    const gone: string[] = []
    const windows = new LiveWindows((id) => gone.push(id), 2_000)
    windows.attach('w')()
    vi.advanceTimersByTime(1_500)
    const again = windows.attach('w')
    vi.advanceTimersByTime(5_000)
    expect(windows.isLive('w')).toBe(true)
    expect(gone).toEqual([])
    again()
    vi.advanceTimersByTime(2_000)
    expect(gone).toEqual(['w'])
  })

  it('keeps windows apart and says nothing once closed', () => {
    const gone: string[] = []
    const windows = new LiveWindows((id) => gone.push(id), 2_000)
    const a = windows.attach('a')
    windows.attach('b')
    a()
    vi.advanceTimersByTime(2_000)
    expect(gone).toEqual(['a'])
    expect(windows.isLive('b')).toBe(true)
    windows.attach('c')()
    windows.close()
    vi.advanceTimersByTime(10_000)
    expect(gone).toEqual(['a'])
    expect(windows.isLive('b')).toBe(false)
  })
})
