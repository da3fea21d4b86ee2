/**
 * Counts failed token checks of the web host and says when to stop answering them with 401.
 *
 * Why, with a 24-byte random token that nobody can guess: a program hammering the host with wrong
 * tokens should get a clear "back off" (429 with Retry-After) and one line in the log per window,
 * not an endless stream of answers and log lines.
 *
 * Only failures are limited. The host compares every token it gets (in constant time) and always
 * serves a request with the right one: the host listens on loopback, where every client has the
 * address 127.0.0.1, so a lockout of that address or of everyone would let any local program lock
 * the writer's own tab out by sending wrong tokens.
 *
 * Two fixed windows count the failures: one per client address, and one for all addresses
 * together, because a local client can pick any source address in 127.0.0.0/8 to get fresh
 * per-address buckets. A window starts at the first failure after the previous one ended; once it
 * holds its limit, further failures are refused until it ends.
 */
export interface TokenAttemptLimits {
  /** Failed checks one client address may make per window before it gets 429. */
  perAddress: number
  /** Failed checks of all addresses together per window. */
  overall: number
  windowMs: number
  /** The clock (milliseconds); tests pass a fake one. */
  now: () => number
}

export const defaultTokenAttemptLimits: TokenAttemptLimits = {
  perAddress: 10,
  overall: 30,
  windowMs: 60_000,
  now: Date.now
}

/** How to answer one failed token check. */
export type TokenRefusal =
  | { limited: false }
  | {
      limited: true
      /** Whole seconds until the window that refuses ends (at least 1). */
      retryAfterSeconds: number
      /** True for the first refusal of this window only, so the log gets one line per window. */
      firstRefusal: boolean
    }

export interface TokenAttempts {
  /** Records a failed token check from `address` and says whether it is over the limit. */
  fail(address: string): TokenRefusal
}

interface FailureWindow {
  start: number
  failures: number
  refusalLogged: boolean
}

export function createTokenAttempts(limits: Partial<TokenAttemptLimits> = {}): TokenAttempts {
  const { perAddress, overall, windowMs, now } = { ...defaultTokenAttemptLimits, ...limits }
  const byAddress = new Map<string, FailureWindow>()
  let everyone: FailureWindow | undefined

  const ended = (window: FailureWindow | undefined, at: number): boolean =>
    window === undefined || at >= window.start + windowMs

  function current(window: FailureWindow | undefined, at: number): FailureWindow {
    return window !== undefined && !ended(window, at)
      ? window
      : { start: at, failures: 0, refusalLogged: false }
  }

  /** Drops the windows that have ended, so the map holds at most about `overall` addresses. */
  function prune(at: number): void {
    for (const [address, window] of byAddress) if (ended(window, at)) byAddress.delete(address)
  }

  return {
    fail(address) {
      const at = now()
      prune(at)
      everyone = current(everyone, at)
      const own = current(byAddress.get(address), at)
      const full: FailureWindow[] = []
      if (everyone.failures >= overall) full.push(everyone)
      if (own.failures >= perAddress) full.push(own)
      if (full.length > 0) {
        // Refused without being counted: a refused failure must not stretch the window.
        const end = Math.max(...full.map((window) => window.start + windowMs))
        const firstRefusal = full.some((window) => !window.refusalLogged)
        for (const window of full) window.refusalLogged = true
        return {
          limited: true,
          retryAfterSeconds: Math.max(1, Math.ceil((end - at) / 1000)),
          firstRefusal
        }
      }
      everyone.failures += 1
      own.failures += 1
      byAddress.set(address, own)
      return { limited: false }
    }
  }
}
