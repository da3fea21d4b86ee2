import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'
import type { EffectWatch } from './harness'
import { probeLink } from './posts'

export type ClickKind = 'left' | 'ctrl' | 'middle'
export const clickKinds: readonly ClickKind[] = ['left', 'ctrl', 'middle']

// A click that cannot happen (covered by a dialog it opened) should fail in seconds, not at the
// test's timeout.
const clickTimeout = 10_000

/** The dialog a link of the preview must pass before anything opens. */
export class ExternalLinkDialog {
  readonly root: Locator

  constructor(page: Page) {
    this.root = page.getByTestId('external-link-dialog')
  }

  async expectOffering(url: string): Promise<void> {
    await expect(this.root).toBeVisible()
    await expect(this.root.locator('.url')).toHaveText(url)
  }

  async cancel(): Promise<void> {
    await this.root.getByRole('button', { name: 'Cancel', exact: true }).click()
    await expect(this.root).toBeHidden()
  }

  async openLink(): Promise<void> {
    await this.root.getByRole('button', { name: 'Open link', exact: true }).click()
    await expect(this.root).toBeHidden()
  }
}

/**
 * Clicks the middle of `text` in the preview, scrolled into view, as the mouse would: the
 * sanitizer may have left it as a link, as a plain text node (a removed `<button>`'s label) or
 * as literal Markdown, and a text node has no locator of its own.
 */
export async function clickText(page: Page, text: string, kind: ClickKind): Promise<void> {
  const point = await page.getByTestId('preview').evaluate((preview, wanted) => {
    const walker = document.createTreeWalker(preview, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const start = (node.textContent ?? '').indexOf(wanted)
      if (start < 0) continue
      const range = document.createRange()
      range.setStart(node, start)
      range.setEnd(node, start + wanted.length)
      const box = preview.getBoundingClientRect()
      preview.scrollTop += range.getBoundingClientRect().top - box.top - box.height / 2
      const rect = range.getBoundingClientRect()
      const x = rect.left + Math.min(rect.width / 2, 20)
      const y = rect.top + rect.height / 2
      const hit = document.elementFromPoint(x, y)
      return { x, y, inPreview: hit !== null && preview.contains(hit) }
    }
    return null
  }, text)
  expect(point, `"${text}" in the preview`).not.toBeNull()
  expect(point?.inPreview, `"${text}" is not covered by anything`).toBe(true)
  const { x, y } = point ?? { x: 0, y: 0 }
  if (kind === 'middle') {
    await page.mouse.click(x, y, { button: 'middle' })
  } else if (kind === 'ctrl') {
    await page.keyboard.down('Control')
    await page.mouse.click(x, y)
    await page.keyboard.up('Control')
  } else {
    await page.mouse.click(x, y)
  }
}

/**
 * Proves the click before had no effect yet to come: a click on the probe link is handled after
 * it, and must bring up the dialog offering the probe's URL (not the URL of the link before).
 * A navigation would have taken the page away; a dialog opened by the click before would cover
 * the probe link.
 */
export async function probe(page: Page): Promise<void> {
  const dialog = new ExternalLinkDialog(page)
  await expect(dialog.root).toBeHidden()
  await page
    .getByTestId('preview')
    .getByRole('link', { name: probeLink.text, exact: true })
    .click({ timeout: clickTimeout })
  await dialog.expectOffering(probeLink.url)
  await dialog.cancel()
}

/**
 * Clicks `text` left, with Ctrl and with the middle button. With `opens` unset each click must
 * do nothing; with it, a left or Ctrl click offers exactly that URL, Cancel opens nothing, and
 * only Open link calls `window.open` (the middle button does nothing). Returns the URLs opened.
 */
export async function clickEveryWay(
  page: Page,
  effects: EffectWatch,
  text: string,
  opens?: string
): Promise<string[]> {
  const dialog = new ExternalLinkDialog(page)
  const opened: string[] = []
  const before = await effects.openCalls()
  for (const kind of clickKinds) {
    await clickText(page, text, kind)
    if (opens === undefined || kind === 'middle') {
      await probe(page)
    } else if (kind === 'left') {
      await dialog.expectOffering(opens)
      expect(await effects.openCalls(), 'window.open before confirming').toEqual(before)
      await dialog.cancel()
      await probe(page)
      expect(await effects.openCalls(), 'window.open after Cancel').toEqual(before)
    } else {
      await dialog.expectOffering(opens)
      expect(await effects.openCalls(), 'window.open before confirming').toEqual(before)
      await dialog.openLink()
      opened.push(opens)
      await expect.poll(() => effects.openCalls()).toEqual([...before, ...opened])
    }
  }
  return opened
}
