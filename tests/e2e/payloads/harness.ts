import { expect } from '@playwright/test'
import type { BrowserContext, Page, Request } from '@playwright/test'

/**
 * Watches a window for every effect a hostile post could have: a script that ran (the sentinel
 * `window.__pwned`, a request to `/pwned`), a navigation, a new window or frame, a `window.open`
 * call, a request that is not one of the app's own (remote, `file:`, another path of this origin),
 * a CSP violation in the live page (the sanitizer alone must stop a payload: CSP is the second
 * wall, not the first) and Chromium's "Not allowed to load local resource" for a `file:` URL.
 */
export interface EffectWatch {
  /** Every request the window made, in order (`page.on('request')` on the whole context). */
  readonly requests: string[]
  /** Requests to a host other than the web host's loopback address: aborted and recorded here. */
  readonly remote: string[]
  /** Answers of the folder's image route (`/asset/…`): path and status. */
  readonly assetAnswers: { path: string; status: number }[]
  /** `window.open` calls of the page (the stub records them instead of opening anything). */
  openCalls(): Promise<string[]>
  /**
   * Starts a new record (one per test in a shared window): forgets what was seen so far, and from
   * now on a navigation of the main frame or a new frame is an effect.
   */
  reset(): Promise<void>
  /** Asserts that nothing of the above happened; `allowedOpens` are confirmed external links. */
  expectNoEffects(options?: { allowedOpens?: string[] }): Promise<void>
}

/** What a payload's JavaScript sets and requests if it ever runs (see ./payload-row `run`). */
export const sentinel = { global: '__pwned', path: '/pwned' } as const

interface PageRecords {
  __openCalls: string[]
  __cspViolations: string[]
}

/**
 * Installs every watcher before the page's first script runs. Call before `AppPage.goto`, and
 * `reset` once the window is loaded.
 */
export async function watchEffects(page: Page, hostUrl: string): Promise<EffectWatch> {
  const origin = new URL(hostUrl).origin
  const context = page.context()
  const requests: string[] = []
  const remote: string[] = []
  const assetAnswers: { path: string; status: number }[] = []
  const popups: string[] = []
  const localFileRefusals: string[] = []
  const lateNavigations: string[] = []
  const lateFrames: string[] = []
  const mainNavigations: string[] = []
  let ready = false

  context.on('request', (request: Request) => requests.push(request.url()))
  context.on('response', (response) => {
    const url = new URL(response.url())
    if (url.origin === origin && url.pathname.startsWith('/asset/')) {
      assetAnswers.push({ path: url.pathname, status: response.status() })
    }
  })
  context.on('page', (opened) => popups.push(`new page ${opened.url()}`))
  page.on('popup', (popup) => popups.push(`popup ${popup.url()}`))
  page.on('console', (message) => {
    if (/file:|not allowed to load local resource/i.test(message.text())) {
      localFileRefusals.push(message.text())
    }
  })
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) mainNavigations.push(frame.url())
    if (ready) lateNavigations.push(frame.url())
  })
  page.on('frameattached', (frame) => {
    if (ready) lateFrames.push(frame.name() || '(unnamed frame)')
  })
  await routeRemoteToAbort(context, origin, remote)
  await page.addInitScript(recordInPage)

  const openCalls = (): Promise<string[]> =>
    page.evaluate(() => [...(window as unknown as PageRecords).__openCalls])

  return {
    requests,
    remote,
    assetAnswers,
    openCalls,
    reset: async () => {
      const records = [requests, remote, assetAnswers, popups, localFileRefusals]
      for (const list of [...records, lateNavigations, lateFrames]) list.length = 0
      ready = true
      await page.evaluate(() => {
        const records = window as unknown as PageRecords
        records.__openCalls.length = 0
        records.__cspViolations.length = 0
      })
    },
    expectNoEffects: async ({ allowedOpens = [] } = {}) => {
      for (const frame of page.frames()) {
        const value = await frame.evaluate(
          (name) => String(Reflect.get(window, name)),
          sentinel.global
        )
        expect(value, `${sentinel.global} in frame ${frame.url()}`).toBe('undefined')
      }
      expect(page.frames(), 'frames of the window').toHaveLength(1)
      expect(
        requests.filter((url) => !allowedRequest(url, origin)),
        'requests outside the app, the API and the folder'
      ).toEqual([])
      expect(remote, 'requests to other hosts').toEqual([])
      expect(localFileRefusals, 'file: loads Chromium refused').toEqual([])
      expect(popups, 'new windows').toEqual([])
      expect(lateNavigations, 'navigations after the window was ready').toEqual([])
      expect(lateFrames, 'frames attached after the window was ready').toEqual([])
      for (const url of mainNavigations) expect(new URL(url).pathname).toBe('/')
      expect(new URL(page.url()).origin + new URL(page.url()).pathname).toBe(`${origin}/`)
      expect(await openCalls(), 'window.open calls').toEqual(allowedOpens)
      const violations = await page.evaluate(() => [
        ...(window as unknown as PageRecords).__cspViolations
      ])
      expect(
        violations.filter((violation) => !parseTimeViolation(violation)),
        'CSP violations (the sanitizer let something through to the live page)'
      ).toEqual([])
    }
  }
}

/**
 * Chromium reports a violation for every inline handler attribute and `<base href>` it merely
 * parses, even into an inert DOMParser document or a `<template>` (checked on a bare page with
 * the same policy): DOMPurify's parse of a payload raises these before it removes them. What the
 * live preview keeps is checked by `inertnessOffences`; any other violation is an escape.
 */
function parseTimeViolation(violation: string): boolean {
  return /^(?:script-src-attr inline|base-uri )/.test(violation)
}

/**
 * The app's own requests: its page and built assets, the API, images of the folder through
 * `/asset/`, and inline `data:`/`blob:` URLs. A request to `/pwned` never is.
 */
function allowedRequest(url: string, origin: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true
  const parsed = new URL(url)
  if (parsed.origin !== origin) return false
  const path = parsed.pathname
  return path === '/' || /^\/(?:assets|api|asset)\//.test(path)
}

/** Anything not on the loopback host is answered by nobody: aborted, and recorded. */
async function routeRemoteToAbort(
  context: BrowserContext,
  origin: string,
  remote: string[]
): Promise<void> {
  await context.route(
    (url) => url.origin !== origin && (url.protocol === 'http:' || url.protocol === 'https:'),
    (route) => {
      remote.push(route.request().url())
      return route.abort('blockedbyclient')
    }
  )
}

/**
 * Runs in the page before its own scripts: `window.open` records instead of opening (the app's
 * confirmed external-open path ends in `window.open`), and CSP violations are collected.
 */
function recordInPage(): void {
  const openCalls: string[] = []
  const cspViolations: string[] = []
  Object.defineProperty(window, '__openCalls', { value: openCalls })
  Object.defineProperty(window, '__cspViolations', { value: cspViolations })
  window.open = (url?: string | URL): null => {
    openCalls.push(String(url))
    return null
  }
  document.addEventListener('securitypolicyviolation', (event) =>
    cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`)
  )
}

/**
 * What a sanitized preview may contain, checked on its DOM: no element that runs, embeds, loads,
 * submits or restyles; no event handler; links only to http(s), mailto and `#`; images only from
 * the folder's `/asset/` route or a raster `data:` URL; nothing placed over the rest of the
 * window. Returns each offence with its markup.
 */
export async function inertnessOffences(page: Page): Promise<string[]> {
  return page.getByTestId('preview').evaluate((preview) => {
    const forbiddenTags = new Set([
      'script',
      'iframe',
      'frame',
      'frameset',
      'object',
      'embed',
      'applet',
      'form',
      'input',
      'button',
      'textarea',
      'select',
      'base',
      'meta',
      'link',
      'style',
      'audio',
      'video',
      'source',
      'track',
      'picture',
      'template',
      'noscript',
      'webview',
      'portal',
      'fencedframe',
      'use',
      'animate',
      'set',
      'foreignobject',
      'image',
      'dialog'
    ])
    const offences: string[] = []
    const describe = (element: Element): string => element.outerHTML.slice(0, 200)
    for (const element of Array.from(preview.querySelectorAll('*'))) {
      const tag = element.localName.toLowerCase()
      if (forbiddenTags.has(tag)) offences.push(`element <${tag}>: ${describe(element)}`)
      for (const attr of Array.from(element.attributes)) {
        const name = attr.name.toLowerCase()
        const value = attr.value
        if (name.startsWith('on')) offences.push(`handler ${name}: ${describe(element)}`)
        if (['target', 'action', 'formaction', 'srcdoc', 'srcset', 'autofocus'].includes(name)) {
          offences.push(`attribute ${name}: ${describe(element)}`)
        }
        if (name === 'style' && /url\s*\(|@import|image-set|expression/i.test(value)) {
          offences.push(`loading style: ${describe(element)}`)
        }
        if (name === 'style' && /position\s*:\s*(?!static|relative|sticky)|var\s*\(/i.test(value)) {
          offences.push(`style leaving the preview's box: ${describe(element)}`)
        }
        if (name === 'href' || name === 'xlink:href') {
          const linkLike = tag === 'a' || tag === 'area'
          const allowed = linkLike ? /^(?:https?:|mailto:|#)/i : /^#/
          if (!allowed.test(value.trim())) offences.push(`${name} ${value}: ${describe(element)}`)
        }
        if (name === 'src' && !(tag === 'img' && /^(?:\/asset\/|data:image\/)/.test(value))) {
          offences.push(`src ${value}: ${describe(element)}`)
        }
      }
    }
    // Nothing of the post may lie over the rest of the window (toolbar, post list, editor): a
    // grid of points outside the preview must hit the window's own elements.
    const box = preview.getBoundingClientRect()
    for (let x = 5; x < window.innerWidth; x += 50) {
      for (let y = 5; y < window.innerHeight; y += 50) {
        const inside = x >= box.left && x <= box.right && y >= box.top && y <= box.bottom
        const hit = inside ? null : document.elementFromPoint(x, y)
        if (hit && preview.contains(hit)) {
          offences.push(`covers the window at ${x},${y}: ${describe(hit)}`)
          return offences
        }
      }
    }
    return offences
  })
}

/**
 * Waits until the preview has rendered the post up to `marker` (a paragraph after the payloads)
 * and every image in it has finished loading or failing, so effects would have happened by now.
 */
export async function waitForPayloadRender(page: Page, marker: string): Promise<void> {
  const preview = page.getByTestId('preview')
  await expect(preview.getByText(marker, { exact: true })).toBeVisible()
  await expect
    .poll(() =>
      preview.evaluate((element) =>
        Array.from(element.querySelectorAll('img')).every((image) => image.complete)
      )
    )
    .toBe(true)
}
