import { test as base } from '@playwright/test'
import type { Page } from '@playwright/test'
import { rm } from 'node:fs/promises'
import { AppPage } from '../pages/AppPage'
import { startHost } from '../web-host-fixture'
import type { FolderSeed, WebHostHandle } from '../web-host-fixture'
import { seedEditorTargets } from './editor-rows'
import { controlImage, fileRows, seedOutsideImages } from './file-rows'
import { watchEffects } from './harness'
import type { EffectWatch } from './harness'
import { linkRows } from './link-rows'
import { writeRowPosts } from './posts'
import { renderRows } from './render-rows'
import { seedTitlePosts } from './title-row'

/** One window on one web host, shared by the payload tests of a worker. */
export interface PayloadWindow {
  host: WebHostHandle
  page: Page
  app: AppPage
  effects: EffectWatch
}

/** Every payload post but the denial-of-service ones (which get a window of their own). */
export const allPayloadPosts: FolderSeed = {
  prepare: async (folder) => {
    await writeRowPosts(folder, [...renderRows, ...linkRows])
    await seedOutsideImages(folder)
    await writeRowPosts(folder, fileRows, [`![${controlImage.alt}](../${controlImage.path})`])
    await seedTitlePosts(folder)
    await seedEditorTargets(folder)
  }
}

/**
 * Starting a host and loading the window (Monaco included) costs about four seconds; a payload
 * row costs well under one. So the rows share a window per worker, and each test starts with a
 * fresh record of effects (`effects.reset`). Playwright replaces the worker after a failed test,
 * so a failure never leaks into the next row's window.
 */
export const test = base.extend<
  { payloadWindow: PayloadWindow },
  { payloadSeed: FolderSeed; sharedWindow: PayloadWindow }
>({
  payloadSeed: [allPayloadPosts, { option: true, scope: 'worker' }],
  sharedWindow: [
    async ({ browser, payloadSeed }, use) => {
      const { handle, child, temp } = await startHost(payloadSeed)
      const context = await browser.newContext({
        locale: 'en-US',
        // Row 22 pastes through the real clipboard.
        permissions: ['clipboard-read', 'clipboard-write']
      })
      const page = await context.newPage()
      const effects = await watchEffects(page, handle.url)
      const app = new AppPage(page)
      await app.goto(handle.url)
      // These rows are the Preview's: a Jekyll site opens on the Site tab, so the window is put
      // on the Preview once (the choice holds for the folder) before any row is recorded.
      await app.posts.items.first().click()
      await app.editor.waitUntilReady()
      await app.preview.waitForRender()
      await use({ host: handle, page, app, effects })
      await context.close()
      const exited = new Promise((done) => child.once('exit', done))
      child.kill('SIGTERM')
      await exited
      await rm(temp, { recursive: true, force: true })
    },
    { scope: 'worker' }
  ],
  payloadWindow: async ({ sharedWindow }, use) => {
    await sharedWindow.effects.reset()
    await use(sharedWindow)
  }
})

export { expect } from '@playwright/test'
