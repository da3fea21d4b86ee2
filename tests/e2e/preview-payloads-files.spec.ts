import { controlImage, fileRows } from './payloads/file-rows'
import { inertnessOffences, waitForPayloadRender } from './payloads/harness'
import { caseTitle } from './payloads/payload-row'
import { openRowPost, rowMarker } from './payloads/posts'
import { expect, test } from './payloads/shared-window'

// docs/BAD-INPUTS.md#bi-preview-17, #bi-preview-18 and #bi-preview-23: no image or fetch reads a
// file: URL or a file outside the posts folder (the /asset/ route refuses, 4xx), and no remote
// image is requested while remote content is off. That allowing remote content in Settings then
// loads it is tests/e2e/images.spec.ts ("a remote image is not requested until…").

for (const row of fileRows) {
  test(`row ${row.row}: ${row.title} — nothing outside the folder is read`, async ({
    payloadWindow: { page, app, effects }
  }) => {
    await openRowPost(app, row.row)
    await waitForPayloadRender(page, rowMarker(row.row))
    // The folder's own image loads: the route works, so what it refuses below it refuses.
    await expect.poll(() => app.preview.naturalWidth(controlImage.alt)).toBeGreaterThan(0)

    const loaded = await app.preview.root.evaluate((preview) =>
      Array.from(preview.querySelectorAll('img'))
        .filter((image) => image.naturalWidth > 0 && !image.src.startsWith('data:'))
        .map((image) => image.alt)
    )
    expect(loaded, 'images that loaded').toEqual([controlImage.alt])
    const refused = effects.assetAnswers.filter(({ path }) => !path.endsWith(controlImage.path))
    for (const answer of refused) expect(answer.status, answer.path).toBeGreaterThanOrEqual(400)
    for (const payload of row.cases) {
      const alts = payload.placeholders ?? []
      if (alts.length === 0) continue
      await test.step(`${caseTitle(row, payload)} — shown as a placeholder`, async () => {
        for (const alt of alts) {
          const name = new RegExp(`: ${alt}$`)
          await expect(app.preview.root.getByRole('img', { name })).toBeVisible()
        }
      })
    }
    expect(await inertnessOffences(page), 'what the sanitizer left in the preview').toEqual([])
    await effects.expectNoEffects()
  })
}
