import { describe, expect, it } from 'vitest'
import { firstRetryMs, lastRetryMs, streamEvents } from '@shared/transport/event-stream'
import type { FolderEvent } from '@shared/folder-events'

/** What one connection attempt meets. */
type Attempt =
  | { kind: 'refused' }
  | { kind: 'status'; status: number }
  | { kind: 'stream'; chunks: string[]; end: 'close' | 'error' }

function sse(event: FolderEvent): string {
  return `event: library\ndata: ${JSON.stringify(event)}\n\n`
}

/**
 * Plays the attempts in order, then unsubscribes. The pauses are recorded, never slept: the fake
 * wait resolves at once, so the whole run takes no time.
 */
function play(
  attempts: Attempt[]
): Promise<{ waits: number[]; events: FolderEvent[]; fetches: number }> {
  const waits: number[] = []
  const events: FolderEvent[] = []
  let fetches = 0
  return new Promise((done) => {
    const fakeFetch = (async (_url: string, init: RequestInit) => {
      const attempt = attempts[fetches++]
      expect(init.headers).toEqual({ Authorization: 'Bearer t' })
      if (!attempt) {
        unsubscribe()
        done({ waits, events, fetches: fetches - 1 })
        return new Promise<never>(() => undefined)
      }
      if (attempt.kind === 'refused') throw new TypeError('fetch failed')
      if (attempt.kind === 'status') return new Response('{}', { status: attempt.status })
      // Chunk by chunk as the reader asks, so a breaking stream delivers what came before it.
      const chunks = [...attempt.chunks]
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          const chunk = chunks.shift()
          if (chunk !== undefined) controller.enqueue(new TextEncoder().encode(chunk))
          else if (attempt.end === 'close') controller.close()
          else controller.error(new Error('connection reset'))
        }
      })
      return new Response(body, { status: 200 })
    }) as typeof fetch
    const unsubscribe = streamEvents((event) => events.push(event), {
      url: '/api/events',
      headers: { Authorization: 'Bearer t' },
      fetch: fakeFetch,
      wait: async (ms) => void waits.push(ms)
    })
  })
}

describe('the event stream of the web host', () => {
  it('retries a host that is down, doubling the pause from 0.5 s up to 10 s', async () => {
    const run = await play(Array.from({ length: 8 }, () => ({ kind: 'refused' as const })))
    expect(firstRetryMs).toBe(500)
    expect(lastRetryMs).toBe(10_000)
    expect(run.waits).toEqual([500, 1000, 2000, 4000, 8000, 10_000, 10_000, 10_000])
  })

  it('reconnects after the stream ends or breaks, starting the pauses over after a success', async () => {
    const a = { kind: 'add' as const, id: 'a.md' }
    const b = { kind: 'change' as const, id: '中文.md' }
    const recoverable = { kind: 'recoverable' as const }
    const run = await play([
      { kind: 'refused' },
      { kind: 'status', status: 401 },
      // One event split across chunks, then the host goes away.
      {
        kind: 'stream',
        chunks: [': connected\n\n', sse(a).slice(0, 20), sse(a).slice(20)],
        end: 'close'
      },
      { kind: 'refused' },
      { kind: 'stream', chunks: [': connected\n\n', sse(b), sse(recoverable)], end: 'error' },
      { kind: 'status', status: 503 }
    ])
    // The second connection starts with a rescan: whatever changed while it was down was missed.
    expect(run.events).toStrictEqual([a, { kind: 'rescan' }, b, recoverable])
    expect(run.waits).toEqual([500, 1000, 500, 1000, 500, 1000])
  })

  it('stops for good once unsubscribed, also while pausing', async () => {
    let fetches = 0
    let resume: () => void = () => undefined
    const paused = new Promise<AbortSignal>((ready) => {
      const unsubscribe = streamEvents(() => undefined, {
        url: '/api/events',
        headers: {},
        fetch: (async () => {
          fetches++
          throw new TypeError('fetch failed')
        }) as typeof fetch,
        wait: (_ms, signal) =>
          new Promise<void>((resolve) => {
            resume = resolve
            ready(signal)
            unsubscribe()
          })
      })
    })
    const signal = await paused
    expect(signal.aborted).toBe(true)
    resume()
    // Let the loop run on if it wrongly would: one turn of the event loop is enough to see it.
    await new Promise((turn) => setImmediate(turn))
    expect(fetches).toBe(1)
  })
})
