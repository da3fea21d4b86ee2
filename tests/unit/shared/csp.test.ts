import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy } from '@shared/csp'

describe('the window’s Content-Security-Policy', () => {
  it('is the same in index.html’s meta tag and in the headers of Electron and the web host', async () => {
    const html = await readFile(resolve('src/renderer/index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
    // frame-ancestors only works as a header; a meta tag ignores it.
    const headerWithoutFraming = contentSecurityPolicy
      .split('; ')
      .filter((directive) => !directive.startsWith('frame-ancestors'))
      .join('; ')
    expect(meta).toBe(headerWithoutFraming)
  })

  // Remote content is the writer's choice (Settings → remote content), enforced by the Preview's
  // sanitizer and, in the Site view, by its frame's own stricter policy (the frame inherits this
  // one and adds its own). So only what a page displays may be remote: images, styles, fonts and
  // media; scripts, connections, workers, frames and objects stay local.
  it('admits remote images, styles, fonts and media only', () => {
    const directives = contentSecurityPolicy.split('; ')
    expect(directives.find((d) => d.startsWith('img-src'))).toBe(
      "img-src 'self' data: blob: postcloud-asset: https: http:"
    )
    const displayed = ['img-src', 'style-src', 'font-src', 'media-src']
    for (const name of displayed) {
      expect(directives.find((d) => d.startsWith(name))).toMatch(/postcloud-asset: https: http:$/)
    }
    const rest = directives.filter((d) => !displayed.some((name) => d.startsWith(name)))
    expect(rest.map((d) => d.split(' ')[0])).toEqual(
      expect.arrayContaining(['script-src', 'connect-src', 'worker-src', 'object-src'])
    )
    for (const directive of rest) expect(directive).not.toMatch(/https?:|\*/)
  })
})
