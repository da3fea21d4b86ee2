/** A SiteLiquid over in-memory files, collecting its diagnostics. */
import { createSiteLiquid } from '@shared/site/liquid'
import type { SiteLiquid, SiteLiquidHost, TemplateSource } from '@shared/site/liquid'
import type { SiteDiagnostic } from '@shared/site/types'

export interface Harness {
  liquid: SiteLiquid
  diagnostics: SiteDiagnostic[]
  /** Renders `text` as `file` (default `index.html`, line 1) and returns the output. */
  render(text: string, scope?: Record<string, unknown>, file?: string, line?: number): string
  asked: string[]
}

export function harness(
  files: Record<string, string> = {},
  config: Record<string, unknown> = {},
  overrides: Partial<SiteLiquidHost> = {}
): Harness {
  const diagnostics: SiteDiagnostic[] = []
  const asked: string[] = []
  const host: SiteLiquidHost = {
    include(name: string): TemplateSource | null {
      asked.push(name)
      const file = `_includes/${name}`
      return file in files ? { text: files[file], file, line: 1 } : null
    },
    includeRelative(fromFile: string, path: string): TemplateSource | null {
      const dir = fromFile.includes('/') ? fromFile.slice(0, fromFile.lastIndexOf('/') + 1) : ''
      const file = `${dir}${path}`
      asked.push(file)
      return file in files ? { text: files[file], file, line: 1 } : null
    },
    markdownify: (text) => `<p>${text}</p>\n`,
    smartify: (text) => text.replace(/"([^"]*)"/g, '&ldquo;$1&rdquo;'),
    highlight: (code, language, options) =>
      `<figure class="highlight"><span class="hl-${language}${options.linenos ? '-table' : ''}">${code}</span></figure>`,
    postUrl: (name) => (name === '2024-01-02-hello' ? '/2024/01/02/hello.html' : null),
    link: (path) => (path === 'about.md' ? '/about/' : null),
    ...overrides
  }
  const liquid = createSiteLiquid(host, { config, onDiagnostic: (d) => diagnostics.push(d) })
  return {
    liquid,
    diagnostics,
    asked,
    render: (text, scope = {}, file = 'index.html', line = 1) =>
      liquid.render({ text, file, line }, scope)
  }
}
