import { describe, expect, it } from 'vitest'
import { buildScrollMap } from '@shared/markdown/scroll-map'
import type { LineAnchor } from '@shared/markdown/scroll-map'
import { ScrollLeader } from '@renderer/features/preview/scroll-leader'
import type { ScrollSurface } from '@renderer/features/preview/scroll-leader'

interface Pane {
  state: { scrollTop: number; pitch: number; reports: number[]; measured: number }
  surface: ScrollSurface
}

/** A pane whose line n sits at n × `pitch` pixels, and what it reported. */
function pane(lines = 100, pitch = 20): Pane {
  const state = { scrollTop: 0, pitch, reports: [] as number[], measured: 0 }
  const measure = (): LineAnchor[] => {
    state.measured++
    const anchors = Array.from({ length: lines }, (_, line) => ({ line, top: line * state.pitch }))
    return buildScrollMap(anchors, { line: lines, top: lines * state.pitch })
  }
  const surface = {
    scroller: () => state,
    measure,
    report: (line: number) => state.reports.push(line)
  }
  return { state, surface }
}

describe('ScrollLeader', () => {
  it('follows the editor and does not report the scroll it made itself', () => {
    const { state, surface } = pane()
    const leader = new ScrollLeader(null)
    leader.setSurface(surface)
    leader.follow(10)
    expect(state.scrollTop).toBe(200)
    leader.scrolled()
    expect(state.reports).toEqual([])
  })

  it('reports a scroll by the writer once per line, and ignores the editor echoing it', () => {
    const { state, surface } = pane()
    const leader = new ScrollLeader(0)
    leader.setSurface(surface)
    state.scrollTop = 305
    leader.scrolled()
    state.scrollTop = 310
    leader.scrolled()
    expect(state.reports).toEqual([15])
    // The editor now shows line 15 because we said so: following it would move the pane back.
    leader.follow(15)
    expect(state.scrollTop).toBe(310)
  })

  it('keeps the leading line on top when the content above it grows', () => {
    const { state, surface } = pane()
    const leader = new ScrollLeader(null)
    leader.setSurface(surface)
    leader.follow(30)
    expect(state.scrollTop).toBe(600)
    state.pitch = 30
    leader.relayout()
    expect(state.scrollTop).toBe(900)
  })

  it('measures once until the layout changes', () => {
    const { state, surface } = pane()
    const leader = new ScrollLeader(null)
    leader.setSurface(surface)
    leader.follow(5)
    leader.follow(6)
    expect(state.measured).toBe(1)
    leader.forgetLayout()
    leader.follow(7)
    expect(state.measured).toBe(2)
  })

  it('starts another post where the editor is, following a line it had reported before', () => {
    const { state, surface } = pane()
    const leader = new ScrollLeader(0)
    leader.setSurface(surface)
    state.scrollTop = 200
    leader.scrolled()
    expect(state.reports).toEqual([10])
    leader.restart(10)
    state.scrollTop = 0
    leader.follow(10)
    expect(state.scrollTop).toBe(200)
  })

  it('does nothing before it has a surface', () => {
    const leader = new ScrollLeader(3)
    expect(() => {
      leader.follow(4)
      leader.relayout()
      leader.scrolled()
    }).not.toThrow()
  })
})
