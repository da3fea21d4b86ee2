import type { Page } from '@playwright/test'
import { SettingsDialogPage } from './pages/SettingsDialogPage'
import type { SiteViewPage } from './pages/SiteViewPage'
import { remoteHost, remoteStylesheet, siteRow, siteRows } from './payloads/site-rows'
import type { SiteRow } from './payloads/site-rows'
import { expectNoSiteEffects, frameOffences } from './site-payload-watch'
import {
  clickInFrame,
  expectDiagnostics,
  loadSiteWindow,
  openSiteRow,
  siteRowsSeed
} from './site-payload-window'
import { expect, test } from './web-host-fixture'

// docs/BAD-INPUTS.md#bi-site-1 to #bi-site-7 but the limits (#bi-site-5: site-payloads-dos), one
// test each, with the payloads in the site's own layout, include, data file, stylesheet or script
// (tests/e2e/payloads/site-rows.ts). Each test asserts what
// docs/BAD-INPUTS.md#themes-and-site-files-in-the-site-view asks of every row: no sentinel set in
// any frame, no request off the host, no navigation of the window or the frame, no file outside the
// folder read (its marker in no answer and no DOM), and the rest of the page still rendered; then
// what its own row asks.

test.use({ locale: 'en-US' })

/** The folder's asset route, as the window asks it (the token cookie goes along). */
function assetAddress(page: Page, path: string): string {
  return new URL(`/asset/${path.split('/').map(encodeURIComponent).join('/')}`, page.url()).href
}

/** Every image, video poster and stylesheet of the frame has finished loading or failing. */
async function expectLoadsSettled(site: SiteViewPage, row: SiteRow): Promise<void> {
  if (row.control) {
    const { selector, color } = row.control
    await expect.poll(() => site.computedStyle(selector, 'color')).toBe(color)
  }
  await expect
    .poll(() =>
      site.frameElement.evaluate((frame) =>
        Array.from((frame as HTMLIFrameElement).contentDocument?.images ?? []).every(
          (image) => image.complete
        )
      )
    )
    .toBe(true)
}

for (const row of siteRows) {
  test.describe(`site row ${row.row}`, () => {
    test.use({ folderSeed: siteRowsSeed([row]) })

    test(`site row ${row.row}: ${row.title} — nothing runs, loads, navigates or reads outside`, async ({
      page,
      host
    }) => {
      const window = await loadSiteWindow(page, host)
      const { site, watch } = window
      await openSiteRow(window, row)
      await site.markDocument()
      await expectLoadsSettled(site, row)

      await expectDiagnostics(site, row)
      expect(await frameOffences(site), 'what the sanitizer left in the frame').toEqual([])
      for (const click of row.clicks ?? []) {
        await test.step(`click "${click.text}"`, async () => {
          const outcome = await clickInFrame(page, site, click)
          if (outcome === 'removed') {
            test.info().annotations.push({
              type: 'removed',
              description: `"${click.text}" was not in the page to click`
            })
          }
        })
      }
      if (row.servedAsset !== undefined) {
        const served = await page.request.get(assetAddress(page, row.servedAsset))
        expect(served.status(), `GET ${row.servedAsset}`).toBe(200)
      }
      for (const path of row.refusedAssets ?? []) {
        await test.step(`GET /asset/${path} is refused`, async () => {
          const answer = await page.request.get(assetAddress(page, path))
          expect(answer.status(), `GET ${path}`).toBeGreaterThanOrEqual(400)
          expect(answer.status(), `GET ${path}`).toBeLessThan(500)
          expect(await answer.text()).not.toContain('__pwned')
        })
      }

      expect(await site.sameDocument(), 'the frame keeps its document').toBe(true)
      await expectNoSiteEffects(page, site, watch, { cspOnly: row.cspOnly })
      if (watch.blockedByCsp.length > 0) {
        test.info().annotations.push({
          type: "stopped by the frame's CSP",
          description: watch.blockedByCsp.join(' ')
        })
      }
    })
  })
}

test.describe('site row 3 with remote content allowed', () => {
  const row = siteRow(3)
  test.use({ folderSeed: siteRowsSeed([row]) })

  test(`site row 3: ${row.title} — requested only once remote content is allowed in Settings`, async ({
    page,
    host
  }) => {
    // The remote stylesheet's host is answered here, never by the network; the rest of the remote
    // hosts stay aborted and recorded by the watcher.
    const stylesheetHost = new URL(remoteStylesheet.url).host
    const served: string[] = []
    await page.route(
      (url) => url.host === stylesheetHost,
      (route) => {
        served.push(route.request().url())
        return route.fulfill({ status: 200, contentType: 'text/css', body: remoteStylesheet.css })
      }
    )
    const window = await loadSiteWindow(page, host)
    const { site, watch } = window
    await openSiteRow(window, row)
    await expectLoadsSettled(site, row)
    expect(served, 'the remote stylesheet while remote content is off').toEqual([])
    expect(watch.effects.remote, 'remote requests while remote content is off').toEqual([])

    const settings = new SettingsDialogPage(page)
    await settings.open()
    await settings.remoteContent.click()
    await expect(settings.remoteContent).toBeChecked()
    await settings.close()

    await expect
      .poll(() => served, 'the remote stylesheet, once allowed')
      .toContain(remoteStylesheet.url)
    await expect.poll(() => site.computedStyle('.remote-styled', 'color')).toBe('rgb(4, 5, 6)')
    await expectNoSiteEffects(page, site, watch, {
      allowedRemote: (url) => [stylesheetHost, remoteHost].includes(new URL(url).host)
    })
  })
})
