/// <reference types="vite/client" />
// The licence texts ride in the bundle as strings (Vite's ?raw), in a chunk of their own that the
// About dialog loads when it opens: no file is fetched at run time, so they read the same from
// Electron's file:// page and from the web host. The files are resources/licenses/ (see its README).
import packageJson from '@root/package.json?raw'
import cppjieba from '@root/resources/licenses/cppjieba-MIT.txt?raw'
import jieba from '@root/resources/licenses/jieba-MIT.txt?raw'
import jekyllSeoTag from '@root/resources/licenses/jekyll-seo-tag-MIT.txt?raw'
import limonp from '@root/resources/licenses/limonp-MIT.txt?raw'
import nodejieba from '@root/resources/licenses/nodejieba-MIT.txt?raw'
import noto from '@root/resources/licenses/NotoSansSC-OFL-1.1.txt?raw'
import notices from '@root/resources/licenses/THIRD-PARTY-NOTICES.txt?raw'
import type { BundledPart } from './bundled-parts'

export interface LicenceText {
  file: string
  text: string
}

export const licenceTexts: Record<BundledPart, LicenceText[]> = {
  font: [{ file: 'NotoSansSC-OFL-1.1.txt', text: noto }],
  jieba: [
    { file: 'jieba-MIT.txt', text: jieba },
    { file: 'cppjieba-MIT.txt', text: cppjieba },
    { file: 'limonp-MIT.txt', text: limonp },
    { file: 'nodejieba-MIT.txt', text: nodejieba }
  ],
  seo: [{ file: 'jekyll-seo-tag-MIT.txt', text: jekyllSeoTag }],
  npm: [{ file: 'THIRD-PARTY-NOTICES.txt', text: notices }]
}

/** The version in package.json. */
export const appVersion: string = (JSON.parse(packageJson) as { version: string }).version
