import { describe, expect, it } from 'vitest'
import { BurstTimer } from '@shared/editor/burst-timer'
import type { TimerHost } from '@shared/editor/burst-timer'

/** A clock that moves only when told, running the timers that come due on the way. */
class FakeTimers implements TimerHost {
  private time = 0
  private nextHandle = 1
  private readonly timers = new Map<number, { at: number; run: () => void }>()

  now(): number {
    return this.time
  }

  setTimeout(run: () => void, ms: number): unknown {
    const handle = this.nextHandle++
    this.timers.set(handle, { at: this.time + ms, run })
    return handle
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number)
  }

  advanceTo(time: number): void {
    for (;;) {
      const due = [...this.timers.entries()]
        .filter(([, timer]) => timer.at <= time)
        .sort((a, b) => a[1].at - b[1].at)[0]
      if (!due) break
      this.timers.delete(due[0])
      this.time = due[1].at
      due[1].run()
    }
    this.time = time
  }
}

/** Pokes `key` at each time, runs the clock to `until`, and returns when the runs happened. */
function runs(pokes: number[], until: number, quietMs = 1000, maxWaitMs = 2000): number[] {
  const timers = new FakeTimers()
  const fired: number[] = []
  const timer = new BurstTimer(() => fired.push(timers.now()), quietMs, maxWaitMs, timers)
  for (const at of pokes) {
    timers.advanceTo(at)
    timer.poke('post')
  }
  timers.advanceTo(until)
  return fired
}

describe('BurstTimer', () => {
  it.each([
    { name: 'one keystroke: a second later', pokes: [0], fired: [1000] },
    { name: 'a short burst: a second after its last poke', pokes: [0, 300, 600], fired: [1600] },
    {
      name: 'steady typing: never more than two seconds after the burst began',
      pokes: [0, 500, 1000, 1500, 1900],
      fired: [2000]
    },
    {
      name: 'typing for five seconds: a run every two seconds, then one after the pause',
      pokes: Array.from({ length: 26 }, (_, i) => i * 200),
      fired: [2000, 4000, 6000]
    },
    { name: 'two bursts apart: one run each', pokes: [0, 5000], fired: [1000, 6000] }
  ])('$name', ({ pokes, fired }) => {
    expect(runs(pokes, 20_000)).toEqual(fired)
  })

  it('without a maximum wait it runs only after the pause', () => {
    expect(runs([0, 800, 1600, 2400], 10_000, 1000, Infinity)).toEqual([3400])
  })

  it('cancel forgets a key; flush runs what is pending at once', () => {
    const timers = new FakeTimers()
    const fired: string[] = []
    const timer = new BurstTimer((key) => fired.push(key), 1000, 2000, timers)
    timer.poke('a')
    timer.poke('b')
    timer.cancel('a')
    expect(timer.isPending('a')).toBe(false)
    timer.flush()
    expect(fired).toEqual(['b'])
    timers.advanceTo(5000)
    expect(fired).toEqual(['b'])
  })
})
