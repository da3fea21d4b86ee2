import { expect } from '@playwright/test'
import type { Frame, Page } from '@playwright/test'
import { sentinel, watchEffects } from './payloads/harness'
import type { EffectWatch } from './payloads/harness'
import { outsideMarker } from './payloads/site-rows'
import type { SiteViewPage } from './pages/SiteViewPage'

/**
 * What a hostile theme could do to the window through the Site view, watched from before the
 * window loads: the Preview's watcher (every request, remote hosts aborted and recorded,
 * `window.open` stubbed) plus what only a second frame can do: navigate itself, open popups, and
 * carry a file from outside the folder into a response or its DOM.
 */
export interface SiteWatch {
  readonly effects: EffectWatch
  /**
   * Navigations of frames other than the window's own that are not the site page's: a frame
   * starts at about:blank, and from its first srcdoc on shows only srcdoc documents.
   */
  unexpectedFrameNavigations(): string[]
  /** Every navigation of the window itself (a load, or a same-document one) after `ready`. */
  readonly windowNavigations: string[]
  readonly popups: string[]
  /** Chromium's console reports of loads the frame's CSP refused (the second wall). */
  readonly cspRefusals: string[]
  /**
   * Requests Chromium began and then refused itself because of the frame's CSP (failed with
   * `csp`): they never reach the network or the route, but `request` saw them.
   */
  readonly blockedByCsp: string[]
  /** Bodies of the API's and the asset route's answers so far (the event stream aside). */
  bodies(): Promise<{ url: string; text: string }[]>
  /**
   * The window has loaded and shows the site page: from now on the window itself must not
   * navigate at all (before, it drops the token from its address: a same-document navigation).
   */
  ready(): void
}

/** Installs the watchers; call before `AppPage.goto`. */
export async function watchSite(page: Page, hostUrl: string): Promise<SiteWatch> {
  const origin = new URL(hostUrl).origin
  const effects = await watchEffects(page, hostUrl)
  const frameNavigations = new Map<Frame, string[]>()
  const windowNavigations: string[] = []
  const popups: string[] = []
  const cspRefusals: string[] = []
  const blockedByCsp: string[] = []
  const bodies: Promise<{ url: string; text: string }>[] = []
  let ready = false

  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame()) {
      frameNavigations.set(frame, [...(frameNavigations.get(frame) ?? []), frame.url()])
    } else if (ready) windowNavigations.push(frame.url())
  })
  page.on('load', () => {
    if (ready) windowNavigations.push(`load ${page.url()}`)
  })
  page.on('popup', (popup) => popups.push(`popup ${popup.url()}`))
  page.context().on('page', (opened) => {
    if (opened !== page) popups.push(`new page ${opened.url()}`)
  })
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspRefusals.push(message.text())
  })
  page.context().on('requestfailed', (request) => {
    if (/\bcsp\b/i.test(request.failure()?.errorText ?? '')) blockedByCsp.push(request.url())
  })
  page.context().on('response', (response) => {
    const url = new URL(response.url())
    if (url.origin !== origin || url.pathname === '/api/events') return
    if (!url.pathname.startsWith('/api/') && !url.pathname.startsWith('/asset/')) return
    bodies.push(
      response.text().then(
        (text) => ({ url: response.url(), text }),
        () => ({ url: response.url(), text: '' })
      )
    )
  })

  return {
    effects,
    unexpectedFrameNavigations: () =>
      [...frameNavigations.values()].flatMap((urls) => {
        const firstPage = urls.indexOf('about:srcdoc')
        return urls.filter(
          (url, index) => url !== 'about:srcdoc' && !(url === 'about:blank' && index < firstPage)
        )
      }),
    windowNavigations,
    popups,
    cspRefusals,
    blockedByCsp,
    bodies: () => Promise.all(bodies),
    ready: () => {
      ready = true
    }
  }
}

/**
 * The window's own requests: its page and built assets, the API, the folder's files through
 * `/asset/`, and inline `data:`/`blob:` URLs. A request to `/pwned`, to a page of the site
 * (`/reports/…`) or to another host never is.
 */
export function ownRequest(url: string, origin: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:srcdoc') return true
  const parsed = new URL(url)
  if (parsed.origin !== origin) return false
  return parsed.pathname === '/' || /^\/(?:assets|api|asset)\//.test(parsed.pathname)
}

export interface NoEffectsOptions {
  /** Remote requests the test itself allowed (remote content on): left out of the checks. */
  allowedRemote?: (url: string) => boolean
  /**
   * URLs only the frame's CSP may stop: those named inside a stylesheet file of the folder, which
   * the asset route serves as written (the sanitizer sees only the page). Each may show as a
   * request that Chromium then refused (`csp`); none may reach the network. Anything else the
   * CSP had to stop is something the sanitizer let through, and fails.
   */
  cspOnly?: readonly string[]
}

/**
 * Asserts the rows' common outcome (docs/BAD-INPUTS.md#themes-and-site-files-in-the-site-view): no
 * sentinel set in any frame, no request off the host or outside the app's routes, no navigation of
 * the window or the frame (still `about:srcdoc`, no frame inside it), no popup or `window.open`,
 * and the marker of the files outside the folder in no response and no DOM.
 */
export async function expectNoSiteEffects(
  page: Page,
  site: SiteViewPage,
  watch: SiteWatch,
  { allowedRemote = () => false, cspOnly = [] }: NoEffectsOptions = {}
): Promise<void> {
  const origin = new URL(page.url()).origin
  for (const frame of page.frames()) {
    const value = await frame.evaluate((name) => String(Reflect.get(window, name)), sentinel.global)
    expect(value, `${sentinel.global} in frame ${frame.url()}`).toBe('undefined')
  }
  // The frame's own window, as the window sees it (allow-same-origin).
  const inFrame = await site.frameElement.evaluate(
    (frame, name) => String(Reflect.get((frame as HTMLIFrameElement).contentWindow ?? {}, name)),
    sentinel.global
  )
  expect(inFrame, `${sentinel.global} in the site frame's window`).toBe('undefined')

  const frames = page.frames()
  expect(frames, 'frames: the window and the site page, nothing inside it').toHaveLength(2)
  for (const frame of frames.slice(1)) expect(frame.url(), 'the site frame').toBe('about:srcdoc')
  expect(watch.unexpectedFrameNavigations(), 'navigations of the site frame').toEqual([])
  expect(watch.windowNavigations, 'navigations of the window').toEqual([])
  expect(new URL(page.url()).pathname, 'the window').toBe('/')

  expect(
    watch.blockedByCsp.filter((url) => !cspOnly.includes(url) && !allowedRemote(url)),
    "loads only the frame's CSP stopped (the sanitizer let them through)"
  ).toEqual([])
  const stoppedInBrowser = new Set(watch.blockedByCsp)
  expect(
    watch.effects.requests.filter(
      (url) => !ownRequest(url, origin) && !allowedRemote(url) && !stoppedInBrowser.has(url)
    ),
    'requests outside the app, the API and the folder'
  ).toEqual([])
  expect(
    watch.effects.remote.filter((url) => !allowedRemote(url)),
    'requests to other hosts'
  ).toEqual([])
  expect(watch.popups, 'new windows').toEqual([])
  expect(await watch.effects.openCalls(), 'window.open calls').toEqual([])

  const leaks = (await watch.bodies()).filter(({ text }) => text.includes(outsideMarker))
  expect(
    leaks.map(({ url }) => url),
    'answers carrying a file outside the folder'
  ).toEqual([])
  const frameHtml = await site.frameElement.evaluate(
    (frame) => (frame as HTMLIFrameElement).contentDocument?.documentElement.outerHTML ?? ''
  )
  expect(frameHtml, 'the site frame').not.toContain(outsideMarker)
  expect(await page.content(), 'the window').not.toContain(outsideMarker)
}

/**
 * What the sanitizer left in the site frame that could run, embed, navigate or submit: scripts,
 * frames, objects, `<base>`, `<meta http-equiv>` (but the frame's own CSP), handlers,
 * `javascript:`/`data:` URLs, `target`, `action` and `formaction` attributes. Returns each with
 * its markup.
 */
export async function frameOffences(site: SiteViewPage): Promise<string[]> {
  return site.frameElement.evaluate((frame) => {
    const document = (frame as HTMLIFrameElement).contentDocument
    if (!document) return ['the frame has no document']
    const forbidden = new Set([
      'script',
      'iframe',
      'frame',
      'frameset',
      'object',
      'embed',
      'applet',
      'base',
      'portal',
      'fencedframe',
      'webview'
    ])
    const offences: string[] = []
    const describe = (element: Element): string => element.outerHTML.slice(0, 200)
    for (const element of Array.from(document.querySelectorAll('*'))) {
      const tag = element.localName.toLowerCase()
      if (element.hasAttribute('data-postcloud')) continue
      if (forbidden.has(tag)) offences.push(`element <${tag}>: ${describe(element)}`)
      if (tag === 'meta' && element.hasAttribute('http-equiv')) {
        offences.push(`meta http-equiv: ${describe(element)}`)
      }
      for (const attribute of Array.from(element.attributes)) {
        const name = attribute.name.toLowerCase()
        const value = attribute.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase()
        if (name.startsWith('on')) offences.push(`handler ${name}: ${describe(element)}`)
        if (['target', 'action', 'formaction', 'srcdoc', 'autofocus'].includes(name)) {
          offences.push(`attribute ${name}: ${describe(element)}`)
        }
        if (/^(?:javascript|vbscript):/.test(value) || value.startsWith('data:text/html')) {
          offences.push(`${name}=${attribute.value}: ${describe(element)}`)
        }
      }
    }
    return offences
  })
}
