import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'
import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { AppPage } from './pages/AppPage'
import { SiteViewPage } from './pages/SiteViewPage'
import { ExternalLinkDialog } from './payloads/clicks'
import { probeLink } from './payloads/posts'
import {
  diagnosticPlace,
  outsideFiles,
  rowFiles,
  rowPostId,
  rowPostText,
  rowTexts
} from './payloads/site-rows'
import type { ExpectedDiagnostic, SiteClick, SiteRow } from './payloads/site-rows'
import { watchSite } from './site-payload-watch'
import type { SiteWatch } from './site-payload-watch'
import type { FolderSeed, WebHostHandle } from './web-host-fixture'

/** The window of one site-row test: the app, its Site tab and everything watched since loading. */
export interface SiteRowWindow {
  page: Page
  app: AppPage
  site: SiteViewPage
  watch: SiteWatch
}

// A click that cannot happen (covered by a dialog it opened) should fail in seconds.
const clickTimeout = 10_000

/**
 * Writes the rows' layouts, includes, data, stylesheets, scripts, symlinks and posts into the
 * folder, and the files outside it (beside the folder, in the test's temp folder).
 */
export function siteRowsSeed(rows: readonly SiteRow[]): FolderSeed {
  return {
    prepare: async (folder) => {
      for (const [name, text] of Object.entries(outsideFiles)) {
        await writeFile(join(folder, '..', name), text)
      }
      for (const row of rows) {
        for (const file of rowFiles(row)) {
          const path = join(folder, ...file.path.split('/'))
          await mkdir(dirname(path), { recursive: true })
          await writeFile(path, typeof file.text === 'string' ? file.text : file.text())
        }
        for (const link of row.links ?? []) {
          const path = join(folder, ...link.path.split('/'))
          await mkdir(dirname(path), { recursive: true })
          await symlink(join(folder, '..', link.outside), path)
        }
        const post = join(folder, ...rowPostId(row).split('/'))
        await mkdir(dirname(post), { recursive: true })
        await writeFile(post, rowPostText(row))
      }
    }
  }
}

/** Loads the window with every watcher installed first. */
export async function loadSiteWindow(page: Page, host: WebHostHandle): Promise<SiteRowWindow> {
  const watch = await watchSite(page, host.url)
  const app = new AppPage(page)
  await app.goto(host.url)
  return { page, app, site: new SiteViewPage(page), watch }
}

/**
 * Opens the row's post on the Site tab and waits until the frame shows it: the layout's first
 * paragraph, the post's text and (unless the payload stops rendering) the layout's last one.
 */
export async function openSiteRow(window: SiteRowWindow, row: SiteRow): Promise<void> {
  const { app, site } = window
  const id = rowPostId(row)
  await app.posts.item(id).click()
  await app.posts.expectSelected(id)
  await app.editor.waitUntilReady()
  if ((await site.tab.getAttribute('aria-selected')) !== 'true') await site.tab.click()
  await expect(site.tab).toHaveAttribute('aria-selected', 'true')
  await site.waitForRender()
  await expectRowRendered(site, row)
  window.watch.ready()
}

/**
 * The rest of the page still rendered: text of the layout and of the post, in the frame. Soft: a
 * part missing is reported, and the test goes on with what did render.
 */
export async function expectRowRendered(site: SiteViewPage, row: SiteRow): Promise<void> {
  const texts = rowTexts(row)
  await expect(site.frame.getByText(texts.layoutTop, { exact: true })).toBeVisible({
    timeout: 20_000
  })
  const rest = [texts.post, ...(row.stops ? [] : [texts.layoutEnd])]
  for (const text of rest) {
    await expect
      .soft(site.frame.getByText(text, { exact: true }), `"${text}" in the frame`)
      .toBeVisible()
  }
}

/**
 * The diagnostic in the Diagnostics strip: its kind, its place (`file:line`, as a button when the
 * file is the folder's) and its message.
 */
export function diagnosticItem(
  site: SiteViewPage,
  row: SiteRow,
  diagnostic: ExpectedDiagnostic
): Locator {
  const place = diagnosticPlace(row, diagnostic)
  const exactPlace = new RegExp(`^${place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
  const page = site.diagnostics.page()
  return site.diagnostics
    .getByTestId('site-diagnostic')
    .filter({ has: page.locator('.site-diagnostic-place', { hasText: exactPlace }) })
    .filter({ has: page.locator('.site-diagnostic-kind', { hasText: diagnostic.kind }) })
    .filter({ has: page.locator('.site-diagnostic-message', { hasText: diagnostic.message }) })
}

/**
 * Each expected diagnostic is in the strip. Soft: a missing or misplaced one is reported, and the
 * test goes on to check the others and everything else of the row.
 */
export async function expectDiagnostics(
  site: SiteViewPage,
  row: SiteRow,
  timeout = 10_000
): Promise<void> {
  for (const diagnostic of row.diagnostics ?? []) {
    const place = diagnosticPlace(row, diagnostic)
    await expect
      .soft(
        diagnosticItem(site, row, diagnostic),
        `${diagnostic.kind} diagnostic at ${place} matching ${String(diagnostic.message)}`
      )
      .not.toHaveCount(0, { timeout })
  }
}

/** What a visible text of the frame is: a button (its label or value) or any element with it. */
function clickable(site: SiteViewPage, text: string): Locator {
  return site.frame
    .getByRole('button', { name: text, exact: true })
    .or(site.frame.getByText(text, { exact: true }))
    .first()
}

/**
 * Proves the clicks before had no effect yet to come: the probe link at the top of the post
 * brings up the confirmation with the probe's URL, and Cancel closes it. A navigation would have
 * taken the frame's document away; a dialog opened by a click before would cover the link.
 */
export async function probeSite(page: Page, site: SiteViewPage): Promise<void> {
  const dialog = new ExternalLinkDialog(page)
  await expect(dialog.root).toBeHidden()
  await site.frame
    .getByRole('link', { name: probeLink.text, exact: true })
    .click({ timeout: clickTimeout })
  await dialog.expectOffering(probeLink.url)
  await dialog.cancel()
}

/**
 * Clicks a text of the frame left and with the middle button. With `opens`, the left click must
 * bring up the confirmation offering exactly that URL (Cancel: nothing opens); every other click
 * must do nothing. A text the sanitizer removed cannot be clicked, and so does nothing: it is
 * returned, for the test to say so.
 */
export async function clickInFrame(
  page: Page,
  site: SiteViewPage,
  click: SiteClick
): Promise<'clicked' | 'removed'> {
  const target = clickable(site, click.text)
  if ((await target.count()) === 0) {
    expect(click.opens, `"${click.text}" must stay in the page as a link`).toBeUndefined()
    return 'removed'
  }
  const dialog = new ExternalLinkDialog(page)
  await target.click({ timeout: clickTimeout })
  if (click.opens !== undefined) {
    await dialog.expectOffering(click.opens)
    await dialog.cancel()
  }
  await probeSite(page, site)
  await target.click({ button: 'middle', timeout: clickTimeout })
  await probeSite(page, site)
  return 'clicked'
}
