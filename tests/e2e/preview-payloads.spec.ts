import { clickEveryWay } from './payloads/clicks'
import { inertnessOffences, waitForPayloadRender } from './payloads/harness'
import { caseTitle } from './payloads/payload-row'
import { openRowPost, rowMarker } from './payloads/posts'
import { renderRows } from './payloads/render-rows'
import { expect, test } from './payloads/shared-window'

// The Preview rows of docs/BAD-INPUTS.md (#bi-preview-N for row N) whose payloads only have to
// render inert: all of a row's cases in one post, one test per row. Links (rows 5–8):
// preview-payloads-links; titles (15): -titles; files and remote images (17, 18, 23): -files; paste
// and typing (22): -editor; denial of service (24): -dos.

for (const row of renderRows) {
  test(`row ${row.row}: ${row.title} — nothing runs, loads, opens or navigates`, async ({
    payloadWindow: { page, app, effects }
  }) => {
    await openRowPost(app, row.row)
    await waitForPayloadRender(page, rowMarker(row.row))

    expect(await inertnessOffences(page), 'what the sanitizer left in the preview').toEqual([])
    for (const payload of row.cases) {
      const text = payload.click
      if (text === undefined) continue
      await test.step(`${caseTitle(row, payload)} — clicked`, async () => {
        await clickEveryWay(page, effects, text, payload.opens)
      })
    }
    await effects.expectNoEffects()
  })
}
