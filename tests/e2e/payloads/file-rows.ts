import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { dotPng, writePost } from '../disk'
import { dotPngDataUrl, run } from './payload-row'
import type { PayloadRow } from './payload-row'

/** A real PNG outside the posts folder (in the test's temp folder), and the ways to reach it. */
export const outside = { dir: 'outside', image: 'secret.png' } as const

/** An image of the folder that must load: proves the asset route works for what it refuses. */
export const controlImage = { alt: 'control image', path: 'assets/payloads/dot.png' } as const

/** Host of the remote images of row 23; every request to it is aborted and recorded. */
export const remoteImageHost = 'images.example.com'

/**
 * docs/BAD-INPUTS.md#bi-preview-17, #bi-preview-18 and #bi-preview-23: what an image (or fetch) may
 * read. Every case's image has its id as alt text, so its placeholder can be found by name.
 */
export const fileRows: PayloadRow[] = [
  {
    row: 17,
    title: '<img src="file:///etc/passwd">, fetch(\'file:///...\')',
    cases: [
      {
        id: '17a',
        label: 'img file:',
        markdown: '<img src="file:///etc/passwd" alt="17a">',
        placeholders: ['17a']
      },
      {
        id: '17b',
        label: 'Markdown image file: (markdown-it leaves it as text: no image at all)',
        markdown: '![17b](file:///etc/passwd)'
      },
      {
        id: '17c',
        label: 'upper-case FILE:// with a host',
        markdown: '<img src="FILE://localhost/etc/hosts" alt="17c">',
        placeholders: ['17c']
      },
      {
        id: '17d',
        label: 'fetch of file: from a script',
        markdown: `<script>fetch('file:///etc/passwd').then(() => { ${run('17d')} })</script>`
      },
      {
        id: '17e',
        label: 'fetch of file: from an onerror handler',
        markdown: `<img src="${dotPngDataUrl}x" onerror="fetch('file:///etc/passwd').then(() => { ${run('17e')} })" alt="17e">`,
        placeholders: ['17e']
      },
      {
        id: '17f',
        label: 'svg image and CSS background of file:',
        markdown:
          '<svg><image href="file:///etc/passwd"></image></svg><div style="background:url(file:///etc/passwd)">div 17f</div>'
      }
    ]
  },
  {
    row: 18,
    title: 'image links that climb out of the folder, incl. a symlink pointing out',
    cases: [
      {
        id: '18a',
        label: 'relative climb',
        markdown: '![18a](../../../../etc/passwd)',
        placeholders: ['18a']
      },
      { id: '18b', placeholders: ['18b'], label: 'absolute path', markdown: '![18b](/etc/hosts)' },
      {
        id: '18c',
        label: 'Windows drive path',
        markdown: '<img src="C:\\Windows\\win.ini" alt="18c">',
        placeholders: ['18c']
      },
      {
        id: '18d',
        label: 'relative climb to a real image outside',
        markdown: `![18d](../../${outside.dir}/${outside.image})`,
        placeholders: ['18d']
      },
      {
        id: '18e',
        label: '%2e%2e%2f encoded climb',
        markdown: `![18e](%2e%2e%2f%2e%2e%2f${outside.dir}%2f${outside.image})`,
        placeholders: ['18e']
      },
      {
        id: '18f',
        label: 'double-encoded climb',
        markdown: `![18f](%252e%252e%252f%252e%252e%252f${outside.dir}%252f${outside.image})`,
        placeholders: ['18f']
      },
      {
        id: '18g',
        label: 'the baseurl, then a climb',
        markdown: `<img src="/reports/../../${outside.dir}/${outside.image}" alt="18g">`,
        placeholders: ['18g']
      },
      {
        id: '18h',
        label: "the site's own url, then a climb",
        markdown: `![18h](https://example.org/reports/../../${outside.dir}/${outside.image})`,
        placeholders: ['18h']
      },
      {
        id: '18i',
        label: 'a symlinked file in the folder pointing out',
        markdown: '![18i](../assets/payloads/escape.png)',
        placeholders: ['18i']
      },
      {
        id: '18j',
        label: 'a symlinked folder in the folder pointing out',
        markdown: `![18j](../assets/payloads/escape-dir/${outside.image})`,
        placeholders: ['18j']
      }
    ]
  },
  {
    row: 23,
    title: 'remote images load only when the writer allows remote content',
    cases: [
      {
        id: '23a',
        label: 'Markdown https image',
        markdown: `![23a](https://${remoteImageHost}/23a.png)`,
        placeholders: ['23a']
      },
      {
        id: '23b',
        label: 'img http and protocol-relative',
        markdown: `<img src="http://${remoteImageHost}/23b.png" alt="23b"><img src="//${remoteImageHost}/23b2.png" alt="23b2">`,
        placeholders: ['23b', '23b2']
      },
      {
        id: '23c',
        label: 'srcset and picture source',
        markdown: `<img srcset="https://${remoteImageHost}/23c.png 2x" src="${dotPngDataUrl}" alt="23c"><picture><source srcset="https://${remoteImageHost}/23c2.png"><img alt="23c2"></picture>`,
        placeholders: ['23c2']
      },
      {
        id: '23d',
        label: 'svg image, video poster, input image, CSS background',
        markdown: `<svg><image href="https://${remoteImageHost}/23d.png"></image></svg><video poster="https://${remoteImageHost}/23d2.png"></video><input type="image" src="https://${remoteImageHost}/23d3.png"><div style="background:url(https://${remoteImageHost}/23d4.png)">div 23d</div>`
      }
    ]
  }
]

/**
 * The files rows 17 and 18 lean on: the control image, a real PNG outside the folder, and a
 * symlinked file and folder inside the folder pointing at it.
 */
export async function seedOutsideImages(folder: string): Promise<void> {
  const outsideDir = join(folder, '..', outside.dir)
  await mkdir(outsideDir, { recursive: true })
  await writeFile(join(outsideDir, outside.image), dotPng)
  await writePost(folder, controlImage.path, dotPng)
  const links = join(folder, 'assets', 'payloads')
  await symlink(join(outsideDir, outside.image), join(links, 'escape.png'))
  await symlink(outsideDir, join(links, 'escape-dir'), 'dir')
}
