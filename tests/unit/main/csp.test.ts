import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy } from '../../../src/shared/csp'

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

  // Remote images are the writer's choice (Settings → remote content), enforced by the preview;
  // the policy admits them as images only: scripts, styles, fonts and connections stay local.
  it('admits images from our origin, the asset protocol and the web, and nothing else remote', () => {
    const directives = contentSecurityPolicy.split('; ')
    expect(directives.find((d) => d.startsWith('img-src'))).toBe(
      "img-src 'self' data: blob: postcloud-asset: https: http:"
    )
    for (const directive of directives.filter((d) => !d.startsWith('img-src'))) {
      expect(directive).not.toMatch(/https?:|\*/)
    }
  })
})
