// Screenshots of built pages in Chromium with scripts off, at the size the issue names
// (1280×1400, the viewport only), for the pixel part of the comparison.
import { chromium } from 'playwright-core'
import type { Browser, Page } from 'playwright-core'
import { chromiumArgs, findSystemChromium } from '../../scripts/chromium-launch.mjs'

export const viewport = { width: 1280, height: 1400 }

export interface Screenshotter {
  shoot: (url: string) => Promise<Buffer>
  close: () => Promise<void>
}

export type ScreenshotterOrReason = { shooter: Screenshotter } | { reason: string }

export async function openScreenshotter(): Promise<ScreenshotterOrReason> {
  const executablePath =
    process.env.POSTCLOUD_CHROMIUM || findSystemChromium() || '/usr/bin/chromium'
  let browser: Browser
  try {
    browser = await chromium.launch({ executablePath, args: chromiumArgs })
  } catch (error) {
    return { reason: `Chromium (${executablePath}) did not start: ${String(error).split('\n')[0]}` }
  }
  const context = await browser.newContext({ viewport, javaScriptEnabled: false })
  // Both pages come from a loopback server; anything else (a theme's web fonts, analytics) is
  // refused so that the network, or its absence, cannot make the two screenshots differ.
  await context.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname
    return host === '127.0.0.1' ? route.continue() : route.abort()
  })
  // Two tabs, so the pair of pages of one post (Jekyll's and ours) can load side by side.
  const idle: Page[] = [await context.newPage(), await context.newPage()]
  const waiting: ((page: Page) => void)[] = []
  const take = (): Promise<Page> =>
    new Promise((done) => {
      const page = idle.pop()
      if (page) done(page)
      else waiting.push(done)
    })
  const give = (page: Page): void => {
    const next = waiting.shift()
    if (next) next(page)
    else idle.push(page)
  }
  return {
    shooter: {
      shoot: async (url) => {
        const page = await take()
        try {
          await page.goto(url, { waitUntil: 'load' })
          return await page.screenshot({ type: 'png', animations: 'disabled', caret: 'hide' })
        } finally {
          give(page)
        }
      },
      close: () => browser.close()
    }
  }
}
