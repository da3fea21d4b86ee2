import type { AppPage } from './pages/AppPage'
import { dosMarker, dosPostId, dosPostTitle, dosPosts, dosRow } from './payloads/dos-row'
import { inertnessOffences, waitForPayloadRender } from './payloads/harness'
import { openListedPost } from './payloads/posts'
import { expect, test } from './payloads/shared-window'

// docs/BAD-INPUTS.md#bi-preview-24: inputs that make parsers slow. Keystrokes must reach the buffer
// while the preview is still rendering the input and after it has, each within a bound far above
// normal (10 s): a hung window never gets there.
test.use({ payloadSeed: dosPosts })

const keystrokeBound = 10_000
// Rendering may be slow (1 MB of `*a` takes seconds in the render worker); the window must not be.
const renderBound = 30_000

/** Types `text` on a new line at the end of the buffer and waits until the editor shows it. */
async function typeAtEnd(app: AppPage, text: string): Promise<void> {
  const started = Date.now()
  await app.editor.goToEnd()
  await app.editor.type(`\n${text}`)
  await expect
    .poll(async () => (await app.editor.visibleLines()).join(''), { timeout: keystrokeBound })
    .toContain(text)
  expect(Date.now() - started, `ms until "${text}" was in the buffer`).toBeLessThan(keystrokeBound)
}

test(`row ${dosRow.row}: ${dosRow.title}`, async ({ payloadWindow: { page, app, effects } }) => {
  for (const payload of dosRow.cases) {
    await test.step(`row ${dosRow.row} case ${payload.id}: ${payload.label}`, async () => {
      await openListedPost(app, dosPostId(payload), dosPostTitle(payload))
      await typeAtEnd(app, `typed while rendering ${payload.id}`)
      await expect(app.preview.root.getByText(dosMarker(payload), { exact: true })).toBeVisible({
        timeout: renderBound
      })
      await waitForPayloadRender(page, dosMarker(payload))
      await typeAtEnd(app, `typed after rendering ${payload.id}`)
    })
  }
  expect(await inertnessOffences(page), 'what the sanitizer left in the preview').toEqual([])
  await effects.expectNoEffects()
})
