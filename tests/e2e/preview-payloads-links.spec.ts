import { ExternalLinkDialog, clickEveryWay, probe } from './payloads/clicks'
import { inertnessOffences, waitForPayloadRender } from './payloads/harness'
import { linkRows } from './payloads/link-rows'
import { caseTitle } from './payloads/payload-row'
import { openRowPost, rowMarker } from './payloads/posts'
import { expect, test } from './payloads/shared-window'

// docs/BAD-INPUTS.md#bi-preview-5 to #bi-preview-8: every link is clicked left, with Ctrl and with
// the middle button. Only http(s) and mailto links reach the confirmation dialog, with their exact
// URL, and only its Open link calls window.open.

for (const row of linkRows) {
  test(`row ${row.row}: ${row.title} — clicks open nothing unless confirmed`, async ({
    payloadWindow: { page, app, effects }
  }) => {
    await openRowPost(app, row.row)
    await waitForPayloadRender(page, rowMarker(row.row))
    expect(await inertnessOffences(page), 'what the sanitizer left in the preview').toEqual([])

    const opened: string[] = []
    for (const payload of row.cases) {
      const text = payload.click
      if (text === undefined) continue
      await test.step(caseTitle(row, payload), async () => {
        opened.push(...(await clickEveryWay(page, effects, text, payload.opens)))
      })
    }
    // Image map areas have no box of their own: each gets the click event a real click would.
    // Whatever href the sanitizer left (inertnessOffences allows only http(s), mailto and #)
    // must go through the dialog; an area without one does nothing.
    const areas = app.preview.root.locator('area')
    const dialog = new ExternalLinkDialog(page)
    for (let index = 0; index < (await areas.count()); index += 1) {
      await test.step(`row ${row.row}: image map area ${index + 1} — clicked`, async () => {
        const href = await areas.nth(index).getAttribute('href')
        await areas.nth(index).dispatchEvent('click', { button: 0 })
        if (href !== null && /^(?:https?|mailto):/i.test(href)) {
          await dialog.expectOffering(href)
          await dialog.cancel()
        }
        await probe(page)
      })
    }
    await effects.expectNoEffects({ allowedOpens: opened })
  })
}
