import type { SiteDocument } from './model'

/**
 * Postcloud's plain page for a site without layouts of its own and without an installed theme:
 * the title, the date and the content, readable but making no claim to be the published look.
 */
export function fallbackLayout(
  doc: SiteDocument,
  content: string,
  site: Record<string, unknown>
): string {
  const title = text(doc.data.title) ?? text(site.title) ?? ''
  const siteTitle = text(site.title) ?? ''
  const date = doc.date ? doc.date.toISOString().slice(0, 10) : ''
  return `<!DOCTYPE html>
<html lang="${escape(text(site.lang) ?? 'zh-CN')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title === siteTitle || siteTitle === '' ? title : `${title} | ${siteTitle}`)}</title>
<style>
body { margin: 0 auto; max-width: 46rem; padding: 2rem 1.25rem; font: 16px/1.7 system-ui, "Noto Sans CJK SC", "Noto Sans SC", sans-serif; color: #222; }
header.site { border-bottom: 1px solid #ddd; margin-bottom: 2rem; color: #666; }
img { max-width: 100%; }
table { border-collapse: collapse; }
td, th { border: 1px solid #ccc; padding: 0.25rem 0.5rem; }
pre { overflow: auto; background: #f6f6f6; padding: 0.75rem; }
</style>
</head>
<body>
<header class="site"><p>${escape(siteTitle)}</p></header>
<article class="post">
<h1 class="post-title">${escape(title)}</h1>
${date ? `<p class="post-date"><time datetime="${escape(date)}">${escape(date)}</time></p>` : ''}
<div class="post-content">
${content}
</div>
</article>
</body>
</html>
`
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null
}

function escape(value: string): string {
  return value.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`)
}
