import { describe, expect, it } from 'vitest'
import { createTokenAttempts } from '@server/token-attempts'
import type { TokenAttempts, TokenRefusal } from '@server/token-attempts'

/** A limiter on a clock the test moves by hand. */
function limiter(
  perAddress: number,
  overall: number
): { attempts: TokenAttempts; clock: { ms: number } } {
  const clock = { ms: 1_000_000 }
  const attempts = createTokenAttempts({
    perAddress,
    overall,
    windowMs: 60_000,
    now: () => clock.ms
  })
  return { attempts, clock }
}

function failTimes(attempts: TokenAttempts, address: string, times: number): TokenRefusal[] {
  return Array.from({ length: times }, () => attempts.fail(address))
}

describe('counting failed token checks', () => {
  it('lets an address fail its limit, then refuses until its window ends', () => {
    const { attempts, clock } = limiter(3, 100)
    expect(failTimes(attempts, '127.0.0.1', 3)).toEqual(Array(3).fill({ limited: false }))
    clock.ms += 20_000
    expect(attempts.fail('127.0.0.1')).toEqual({
      limited: true,
      retryAfterSeconds: 40,
      firstRefusal: true
    })
    clock.ms += 39_500
    expect(attempts.fail('127.0.0.1')).toEqual({
      limited: true,
      retryAfterSeconds: 1,
      firstRefusal: false
    })
    clock.ms += 500
    expect(attempts.fail('127.0.0.1')).toEqual({ limited: false })
  })

  it('does not stretch the window with the failures it refuses', () => {
    const { attempts, clock } = limiter(2, 100)
    failTimes(attempts, '127.0.0.1', 2)
    for (let second = 1; second < 60; second += 1) {
      clock.ms += 1000
      expect(attempts.fail('127.0.0.1')).toMatchObject({
        limited: true,
        retryAfterSeconds: 60 - second
      })
    }
    clock.ms += 1000
    expect(attempts.fail('127.0.0.1')).toEqual({ limited: false })
  })

  it('keeps addresses apart below the overall limit', () => {
    const { attempts } = limiter(2, 100)
    failTimes(attempts, '127.0.0.1', 2)
    expect(attempts.fail('127.0.0.1').limited).toBe(true)
    expect(attempts.fail('127.0.0.2')).toEqual({ limited: false })
  })

  it('refuses every address once all of them together reach the overall limit', () => {
    const { attempts, clock } = limiter(2, 5)
    // A client picking a fresh 127.x.y.z source address for each guess.
    for (let i = 1; i <= 5; i += 1)
      expect(attempts.fail(`127.0.0.${i}`)).toEqual({ limited: false })
    expect(attempts.fail('127.0.0.6')).toEqual({
      limited: true,
      retryAfterSeconds: 60,
      firstRefusal: true
    })
    expect(attempts.fail('127.0.0.7')).toMatchObject({ limited: true, firstRefusal: false })
    clock.ms += 60_000
    expect(attempts.fail('127.0.0.8')).toEqual({ limited: false })
  })

  it('reports the first refusal again when a later window fills', () => {
    const { attempts, clock } = limiter(1, 100)
    const firsts = []
    for (let minute = 0; minute < 3; minute += 1) {
      attempts.fail('127.0.0.1')
      for (let i = 0; i < 3; i += 1) {
        const refusal = attempts.fail('127.0.0.1')
        firsts.push(refusal.limited && refusal.firstRefusal)
      }
      clock.ms += 60_000
    }
    expect(firsts).toEqual([true, false, false, true, false, false, true, false, false])
  })

  it('uses defaults of 10 per address a minute', () => {
    let now = 0
    const attempts = createTokenAttempts({ now: () => now })
    expect(failTimes(attempts, '127.0.0.1', 10).every((r) => !r.limited)).toBe(true)
    expect(attempts.fail('127.0.0.1')).toMatchObject({ limited: true, retryAfterSeconds: 60 })
    now += 60_000
    expect(attempts.fail('127.0.0.1').limited).toBe(false)
  })
})
