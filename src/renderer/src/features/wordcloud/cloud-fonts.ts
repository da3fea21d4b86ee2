/// <reference types="vite/client" />
import hanUrl from '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff2?url'
import latinUrl from '@fontsource/noto-sans-sc/files/noto-sans-sc-latin-400-normal.woff2?url'
import { bundledHanFamily, bundledLatinFamily } from '@drawing/index'

/**
 * The font set of a page or a worker: `document.fonts` in the window, `self.fonts` in a worker.
 * A canvas does not trigger CSS font loading, so the cloud's fonts are added and loaded here
 * before anything measures or draws a word (else Chinese draws as boxes). The worker lays out and
 * the window paints, and each has its own font set, so both call this.
 */
export interface CloudFontSet {
  add(face: FontFace): unknown
  load(font: string): Promise<unknown>
}

const loaded = new WeakMap<CloudFontSet, Promise<void>>()

/** Loads the bundled Noto Sans SC subsets under the names the drawing code's font stack uses. */
export function loadBundledFonts(fonts: CloudFontSet, base: string): Promise<void> {
  let done = loaded.get(fonts)
  if (!done) {
    done = Promise.all(
      [
        [bundledLatinFamily, latinUrl],
        [bundledHanFamily, hanUrl]
      ].map(async ([family, url]) => {
        const face = new FontFace(family, `url(${JSON.stringify(new URL(url, base).href)})`)
        fonts.add(face)
        await face.load()
      })
    ).then(() => undefined)
    // A failed load (a missing file) is tried again by the next cloud, not remembered.
    done.catch(() => loaded.delete(fonts))
    loaded.set(fonts, done)
  }
  return done
}

/** Loads the bundled fonts and the writer's system font (if any) before a cloud is measured or drawn. */
export async function loadCloudFonts(
  fonts: CloudFontSet,
  base: string,
  font: string | null
): Promise<void> {
  await loadBundledFonts(fonts, base)
  if (font) await fonts.load(`100px "${font}"`)
}
