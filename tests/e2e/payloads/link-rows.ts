import { base64, dotPngDataUrl, run } from './payload-row'
import type { PayloadRow } from './payload-row'

/**
 * docs/BAD-INPUTS.md#bi-preview-5 to #bi-preview-8: links. Each is rendered and then clicked (left,
 * Ctrl+left, middle): a dangerous one does nothing at all; an http(s) or mailto one (`opens`) only
 * offers its exact URL in the confirmation dialog. Markdown and raw HTML forms of each, since they
 * take different paths (markdown-it's link validation, then DOMPurify).
 */
export const linkRows: PayloadRow[] = [
  {
    row: 5,
    title: '[a](javascript:...) with case, tab and entity variants',
    cases: [
      {
        id: '5a',
        label: 'Markdown javascript:',
        markdown: `[link 5a](javascript:${run('5a')})`,
        click: 'link 5a'
      },
      {
        id: '5b',
        label: 'Markdown JaVaScRiPt:',
        markdown: `[link 5b](JaVaScRiPt:${run('5b')})`,
        click: 'link 5b'
      },
      {
        id: '5c',
        label: 'Markdown java&#x09;script:',
        markdown: `[link 5c](java&#x09;script:${run('5c')})`,
        click: 'link 5c'
      },
      {
        id: '5d',
        label: 'Markdown &#106;avascript:',
        markdown: `[link 5d](&#106;avascript:${run('5d')})`,
        click: 'link 5d'
      },
      {
        id: '5e',
        label: 'HTML JaVaScRiPt:',
        markdown: `<a href="JaVaScRiPt:${run('5e')}">link 5e</a>`,
        click: 'link 5e'
      },
      {
        id: '5f',
        label: 'HTML java&#x09;script:',
        markdown: `<a href="java&#x09;script:${run('5f')}">link 5f</a>`,
        click: 'link 5f'
      },
      {
        id: '5g',
        label: 'HTML &#106;avascript:',
        markdown: `<a href="&#106;avascript:${run('5g')}">link 5g</a>`,
        click: 'link 5g'
      },
      {
        id: '5h',
        label: 'reference-style javascript:',
        markdown: `[link 5h][ref-5h]\n\n[ref-5h]: javascript:${run('5h')}`,
        click: 'link 5h'
      },
      {
        id: '5i',
        label: 'HTML with leading space and a newline inside the scheme',
        markdown: `<a href=" java\nscript:${run('5i')}">link 5i</a>`,
        click: 'link 5i'
      }
    ]
  },
  {
    row: 6,
    title: 'data:text/html and vbscript: links',
    cases: [
      {
        id: '6a',
        label: 'Markdown data:text/html base64',
        markdown: `[link 6a](data:text/html;base64,${base64(`<script>${run('6a')}</script>`)})`,
        click: 'link 6a'
      },
      {
        id: '6b',
        label: 'HTML data:text/html',
        markdown: `<a href="data:text/html,<script>${run('6b')}</script>">link 6b</a>`,
        click: 'link 6b'
      },
      {
        id: '6c',
        label: 'Markdown vbscript:',
        markdown: '[link 6c](vbscript:msgbox(1))',
        click: 'link 6c'
      },
      {
        id: '6d',
        label: 'HTML VBScript:',
        markdown: '<a href="VBScript:msgbox(1)">link 6d</a>',
        click: 'link 6d'
      }
    ]
  },
  {
    row: 7,
    title: 'file:, UNC \\\\host\\share, smb:, ms-msdt:, search-ms: links',
    cases: [
      {
        id: '7a',
        label: 'Markdown file:',
        markdown: '[link 7a](file:///etc/passwd)',
        click: 'link 7a'
      },
      {
        id: '7b',
        label: 'HTML file:',
        markdown: '<a href="file:///etc/passwd">link 7b</a>',
        click: 'link 7b'
      },
      {
        id: '7c',
        label: 'HTML UNC path',
        markdown: '<a href="\\\\host\\share\\file.txt">link 7c</a>',
        click: 'link 7c'
      },
      {
        id: '7d',
        label: 'Markdown UNC path',
        markdown: '[link 7d](\\\\\\\\host\\\\share)',
        click: 'link 7d'
      },
      {
        id: '7e',
        label: 'Markdown smb:',
        markdown: '[link 7e](smb://host/share)',
        click: 'link 7e'
      },
      {
        id: '7f',
        label: 'HTML smb:',
        markdown: '<a href="smb://host/share">link 7f</a>',
        click: 'link 7f'
      },
      {
        id: '7g',
        label: 'Markdown ms-msdt:',
        markdown: '[link 7g](ms-msdt:/id%20PCWDiagnostic%20/skip%20force)',
        click: 'link 7g'
      },
      {
        id: '7h',
        label: 'HTML ms-msdt:',
        markdown: '<a href="ms-msdt:/id PCWDiagnostic /skip force">link 7h</a>',
        click: 'link 7h'
      },
      {
        id: '7i',
        label: 'Markdown search-ms:',
        markdown: '[link 7i](search-ms:query=secret&crumb=location:%5C%5Chost%5Cshare)',
        click: 'link 7i'
      },
      {
        id: '7j',
        label: 'HTML search-ms:',
        markdown: '<a href="search-ms:query=x&amp;crumb=location:\\\\host\\share">link 7j</a>',
        click: 'link 7j'
      }
    ]
  },
  {
    row: 8,
    title: 'target=_blank links, <map><area href>',
    cases: [
      {
        id: '8a',
        label: 'https link with target=_blank',
        markdown: '<a href="https://example.com/row-8a" target="_blank">link 8a</a>',
        click: 'link 8a',
        opens: 'https://example.com/row-8a'
      },
      {
        id: '8b',
        label: 'javascript: link with target=_blank',
        markdown: `<a href="javascript:${run('8b')}" target="_blank" rel="opener">link 8b</a>`,
        click: 'link 8b'
      },
      {
        id: '8c',
        label: 'image map areas (javascript: and https)',
        markdown: `<map name="map-8c"><area shape="rect" coords="0,0,40,40" href="javascript:${run('8c')}" alt="area 8c"><area shape="rect" coords="40,0,80,40" href="https://example.com/row-8c" target="_blank" alt="area 8c https"></map><img src="${dotPngDataUrl}" usemap="#map-8c" width="80" height="40" alt="map 8c">`
      },
      {
        id: '8d',
        label: 'mailto link',
        markdown: '[link 8d](mailto:writer@example.com)',
        click: 'link 8d',
        opens: 'mailto:writer@example.com'
      },
      {
        id: '8e',
        label: 'http link',
        markdown: '[link 8e](http://example.com/row-8e)',
        click: 'link 8e',
        opens: 'http://example.com/row-8e'
      }
    ]
  }
]
