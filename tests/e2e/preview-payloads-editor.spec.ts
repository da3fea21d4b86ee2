import type { Page } from '@playwright/test'
import { clickEveryWay } from './payloads/clicks'
import {
  editorTargetText,
  pastedCases,
  pasteTarget,
  typedCases,
  typedTarget
} from './payloads/editor-rows'
import { inertnessOffences, waitForPayloadRender } from './payloads/harness'
import { openListedPost } from './payloads/posts'
import { expect, test } from './payloads/shared-window'

// docs/BAD-INPUTS.md#bi-preview-22: payloads of the other rows pasted from the clipboard as HTML,
// and a few typed key by key; whatever reaches the buffer renders inert. The other rows write their
// payloads into post files before the page loads.

/**
 * Puts `html` (and `plain`, when given) on the browser's clipboard and presses Ctrl+V in the
 * editor, as a copy from a web page and a paste would.
 */
async function pasteFromClipboard(page: Page, html: string, plain: string | null): Promise<void> {
  await page.evaluate(
    async ({ html, plain }) => {
      const items: Record<string, Blob> = { 'text/html': new Blob([html], { type: 'text/html' }) }
      if (plain !== null) items['text/plain'] = new Blob([plain], { type: 'text/plain' })
      await navigator.clipboard.write([new ClipboardItem(items)])
    },
    { html, plain }
  )
  await page.keyboard.press('Control+V')
}

test('row 22: the payloads pasted as HTML from the clipboard render inert', async ({
  payloadWindow: { page, app, effects }
}) => {
  await openListedPost(app, pasteTarget.id, pasteTarget.marker)
  await app.editor.goToEnd()
  await app.editor.type('\n')
  // The buffer's length as the preview last rendered it: exactly what was pasted and typed.
  let length = editorTargetText(pasteTarget).length + 1
  for (const payload of pastedCases) {
    await test.step(`row 22 case ${payload.id}: ${payload.label} — pasted`, async () => {
      await pasteFromClipboard(page, payload.markdown, payload.markdown)
      await app.editor.type('\n\n')
      length += payload.markdown.length + 2
      await expect.poll(() => app.preview.renderedLength()).toBe(length)
    })
  }
  await test.step('row 22: all of them as HTML beside harmless plain text', async () => {
    // The editor takes the plain text; the HTML flavour never reaches the buffer.
    const plain = 'copied from a web page'
    await pasteFromClipboard(page, pastedCases.map((payload) => payload.markdown).join('\n'), plain)
    await app.editor.type('\n\n')
    length += plain.length + 2
    await expect.poll(() => app.preview.renderedLength()).toBe(length)
  })
  await app.editor.type(pasteTarget.marker)
  await waitForPayloadRender(page, pasteTarget.marker)
  expect(await inertnessOffences(page), 'what the sanitizer left in the preview').toEqual([])

  const opened: string[] = []
  for (const payload of pastedCases) {
    const text = payload.click
    if (text === undefined) continue
    await test.step(`row 22 case ${payload.id}: ${payload.label} — pasted, then clicked`, async () => {
      opened.push(...(await clickEveryWay(page, effects, text, payload.opens)))
    })
  }
  await effects.expectNoEffects({ allowedOpens: opened })
})

test('rows 2, 3 and 12 typed key by key into the editor render inert', async ({
  payloadWindow: { page, app, effects }
}) => {
  await openListedPost(app, typedTarget.id, typedTarget.marker)
  await app.editor.goToEnd()
  await app.editor.type('\n')
  for (const typed of typedCases) {
    await test.step(`row ${typed.row} case ${typed.id}: typed`, async () => {
      await app.editor.type(`${typed.text}\n\n`)
      // Joined without separators: word wrap may split the typed line into several on screen.
      await expect
        .poll(async () => (await app.editor.visibleLines()).join(''))
        .toContain(typed.text)
    })
  }
  await app.editor.type(typedTarget.marker)
  await waitForPayloadRender(page, typedTarget.marker)
  expect(await inertnessOffences(page), 'what the sanitizer left in the preview').toEqual([])
  await effects.expectNoEffects()
})
