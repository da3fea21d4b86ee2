import type { Page, Request } from '@playwright/test'
import { limitCases, limitRowTitle } from './payloads/site-rows'
import type { SiteRow } from './payloads/site-rows'
import { expectNoSiteEffects } from './site-payload-watch'
import { expectDiagnostics, loadSiteWindow, openSiteRow, siteRowsSeed } from './site-payload-window'
import type { SiteRowWindow } from './site-payload-window'
import { expect, test } from './web-host-fixture'

// docs/BAD-INPUTS.md#bi-site-5: theme files that never finish (a loop over ten million items, an
// include that includes itself, a 50 MB data file, an endless Sass @while) stop at a limit with a
// diagnostic, and the editor keeps taking keystrokes. Each case has a layout and a post of its own
// (tests/e2e/payloads/site-rows.ts, limitCases), all in one folder. The Sass case waits out the
// back end's Sass time limit (10 s) once.

test.use({ locale: 'en-US', folderSeed: siteRowsSeed(limitCases) })

/** How long typed text may take to show in the editor while the back end renders the payload. */
const editorBound = 5_000
/** How long the page may take to show it (a render that runs into a limit takes its time). */
const pageBound = 30_000

/**
 * Types at the end of the post and sees the text land in Monaco within `editorBound`, then in the
 * frame. Returns how long the editor took, for the report.
 */
async function expectEditorResponds(window: SiteRowWindow, payload: SiteRow): Promise<number> {
  const { app, site } = window
  const typed = `typed while rendering ${payload.key}`
  await app.editor.goToEnd()
  const started = Date.now()
  await app.editor.type(`\n${typed}`)
  await expect
    .poll(async () => (await app.editor.visibleLines()).some((line) => line.includes(typed)), {
      timeout: editorBound
    })
    .toBe(true)
  const ms = Date.now() - started
  // Soft: where the limit also cut the post's content off (a bug of its own), the rest still runs.
  await expect
    .soft(site.frame.getByText(typed, { exact: true }), 'the typed text in the page')
    .toBeVisible({ timeout: pageBound })
  return ms
}

/**
 * Records when the frame's request for `path` of the asset route has ended, answered or not: a
 * stylesheet answered with an error is dropped by Chromium (`requestfailed`), not `response`.
 */
function watchAssetRequest(page: Page, path: string): { ended: () => string | null } {
  let ended: string | null = null
  const end = (request: Request, how: string): void => {
    if (ended === null && request.url().endsWith(`/asset/${path}`)) ended = how
  }
  page.on('requestfinished', (request) => end(request, 'answered'))
  page.on('requestfailed', (request) => end(request, `failed: ${request.failure()?.errorText}`))
  return { ended: () => ended }
}

test(`site row 5: ${limitRowTitle} — rendering stops at a limit with a diagnostic; the editor keeps responding`, async ({
  page,
  host
}) => {
  test.setTimeout(180_000)
  const window = await loadSiteWindow(page, host)
  for (const payload of limitCases) {
    await test.step(`case ${payload.key}: ${payload.label ?? ''}`, async () => {
      const stylesheet = payload.files?.find((file) => file.path.endsWith('.scss'))
      const compiled =
        stylesheet && watchAssetRequest(page, stylesheet.path.replace(/\.scss$/, '.css'))
      await openSiteRow(window, payload)
      if (compiled) {
        // The back end answers the compiled stylesheet once Sass ran into its time limit (10 s).
        await expect.poll(() => compiled.ended(), { timeout: 60_000 }).not.toBeNull()
      }
      const ms = await expectEditorResponds(window, payload)
      test.info().annotations.push({
        type: `case ${payload.key}`,
        description: `typed text in the editor after ${ms} ms`
      })
      // A Sass failure is known once the stylesheet was asked for: the page after it lists it.
      await expectDiagnostics(window.site, payload, pageBound)
    })
  }
  await expectNoSiteEffects(page, window.site, window.watch)
})
