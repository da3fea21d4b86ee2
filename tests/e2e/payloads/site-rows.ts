import { sentinel } from './harness'
import { run } from './payload-row'
import { probeLink } from './posts'

/**
 * The Site view rows of docs/BAD-INPUTS.md as data, one entry per row: row N is
 * docs/BAD-INPUTS.md#bi-site-N. A row's payloads live in the site's own files (a layout of the
 * row, an include, a data file, a stylesheet, a `.js` file), never in the post: a theme is
 * someone else's code (issue 12, "Safety: a theme is someone else's code").
 */

/** Text of a file outside the posts folder: it must never reach a response or the frame. */
export const outsideMarker = 'OUTSIDE-THE-FOLDER-7d41c9'

/**
 * Files beside the posts folder (in the test's temp folder, `<folder>/../<name>`), each holding
 * the marker: what a climbing include, a symlink or a data file out of the folder would read.
 */
export const outsideFiles: Record<string, string> = {
  'secret-outside.html': `<p class="leak">${outsideMarker}</p>\n`,
  'secret-outside.yml': `leak: "${outsideMarker}"\n`,
  'secret-outside.css': `/* ${outsideMarker} */ .leak::after { content: "${outsideMarker}"; }\n`
}

/**
 * The JavaScript a payload runs if it ever runs: the Preview's `run` (sets `top.__pwned`, asks for
 * `/pwned/<id>`) plus the sentinel on the frame's own window.
 */
export function siteRun(id: string): string {
  return `window.${sentinel.global}='${id}';${run(id)}`
}

/**
 * A file of the site written before the host opens the folder (folder-relative path); a large one
 * is made only when it is written.
 */
export interface SiteFile {
  path: string
  text: string | (() => Buffer)
}

/** A symlink in the folder pointing at one of `outsideFiles`. */
export interface SiteLink {
  path: string
  outside: keyof typeof outsideFiles
}

/**
 * A diagnostic the Diagnostics strip must list: its kind's label, the file it names and, when
 * `snippet` is given, the line of that file holding the snippet (so the place reads `file:line`).
 */
export interface ExpectedDiagnostic {
  kind: 'Include' | 'Liquid' | 'Plugin' | 'Limit' | 'YAML'
  file: string
  snippet?: string
  message: RegExp
}

/** Visible text in the frame to click; with `opens`, the confirmation must offer that URL. */
export interface SiteClick {
  text: string
  opens?: string
}

export interface SiteRow {
  /** The row's number: N of docs/BAD-INPUTS.md#bi-site-N. */
  row: number
  /** Names the row's layout, include and post: the row number, and a letter for row 5's cases. */
  key: string
  /** What the case tries, when a row has several cases (row 5). */
  label?: string
  /**
   * The payload stops rendering at a limit: the layout's text after it is not expected (the
   * layout's first paragraph and the post's content before it are).
   */
  stops?: boolean
  /** What the row tries (shortened), so a reader can match the test to its entry in the doc. */
  title: string
  /** Lines of the row layout's own front matter (between the `---` fences). */
  frontMatter?: string[]
  /** Lines put into the row layout's `<head>`. */
  head?: string[]
  /** Lines put into the row layout's `<body>` before the post's content. */
  body?: string[]
  /** Lines after the content (a payload that stops rendering must not take the content along). */
  tail?: string[]
  /** Other files of the site: the row's include (always included by the layout), data, CSS, JS. */
  files?: SiteFile[]
  links?: SiteLink[]
  clicks?: SiteClick[]
  diagnostics?: ExpectedDiagnostic[]
  /** Asset paths a direct GET must be refused (4xx), e.g. a `.js` file of the folder. */
  refusedAssets?: string[]
  /** An asset path a direct GET must serve (proving the route works, so a refusal is a refusal). */
  servedAsset?: string
  /** Remote URLs named in a stylesheet file of the folder: only the frame's CSP can stop them. */
  cspOnly?: string[]
  /**
   * A colour the folder's stylesheet gives an element of the frame: once it applies, the
   * stylesheet has loaded, so whatever it would load it has asked for by then.
   */
  control?: { selector: string; color: string }
}

export function rowLayoutName(row: SiteRow): string {
  return `site-row-${row.key}`
}

export function rowLayoutPath(row: SiteRow): string {
  return `_layouts/${rowLayoutName(row)}.html`
}

export function rowIncludePath(row: SiteRow): string {
  return `_includes/${rowLayoutName(row)}.html`
}

export function rowPostId(row: SiteRow): string {
  return `_posts/2025-12-2${row.row}-site-row-${row.key}.md`
}

/** Text of the layout and of the post that must still show in the frame, whatever the payloads. */
export function rowTexts(row: SiteRow): { layoutTop: string; layoutEnd: string; post: string } {
  return {
    layoutTop: `layout text of site row ${row.key}`,
    layoutEnd: `end of the layout of site row ${row.key}`,
    post: `post text of site row ${row.key}`
  }
}

/**
 * The row's layout: a whole document of its own (head payloads need a head), including the row's
 * include right after the layout's first paragraph.
 */
export function rowLayoutText(row: SiteRow): string {
  const texts = rowTexts(row)
  return [
    '---',
    ...(row.frontMatter ?? []),
    '---',
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>Site row ${row.key}</title>`,
    ...(row.head ?? []),
    '</head>',
    '<body>',
    `<p class="layout-top">${texts.layoutTop}</p>`,
    `{% include ${rowLayoutName(row)}.html %}`,
    ...(row.body ?? []),
    '<main>',
    '{{ content }}',
    '</main>',
    ...(row.tail ?? []),
    `<footer><p>${texts.layoutEnd}</p></footer>`,
    '</body>',
    '</html>',
    ''
  ].join('\n')
}

/** The post: plain Markdown, the probe link first (every click test ends on it). */
export function rowPostText(row: SiteRow): string {
  return [
    '---',
    `layout: ${rowLayoutName(row)}`,
    `title: "Site row ${row.key}"`,
    `date: "2025-12-2${row.row} 09:00:00 +0800"`,
    '---',
    '',
    `[${probeLink.text}](${probeLink.url})`,
    '',
    rowTexts(row).post,
    ''
  ].join('\n')
}

/** Every file the row writes, the layout and its include (empty unless the row has one) first. */
export function rowFiles(row: SiteRow): SiteFile[] {
  const files = row.files ?? []
  const include = files.some((file) => file.path === rowIncludePath(row))
    ? []
    : [{ path: rowIncludePath(row), text: '' }]
  return [{ path: rowLayoutPath(row), text: rowLayoutText(row) }, ...include, ...files]
}

/** 1-based line of the first line of `file` holding `snippet`. */
export function lineOf(row: SiteRow, file: string, snippet: string): number {
  const text = rowFiles(row).find((item) => item.path === file)?.text
  if (typeof text !== 'string') throw new Error(`site row ${row.key} writes no text file ${file}`)
  const index = text.split('\n').findIndex((line) => line.includes(snippet))
  if (index < 0) throw new Error(`${file} of site row ${row.key} has no line with ${snippet}`)
  return index + 1
}

/** What the Diagnostics strip shows as the place: `file:line`, or the file alone. */
export function diagnosticPlace(row: SiteRow, diagnostic: ExpectedDiagnostic): string {
  return diagnostic.snippet === undefined
    ? diagnostic.file
    : `${diagnostic.file}:${lineOf(row, diagnostic.file, diagnostic.snippet)}`
}

/** A `.js` file of the folder that runs the sentinel if anything ever loads it as a script. */
const folderScript = 'assets/js/theme.js'

/** Row 1: `<script>` inline or `src=` a `.js` file of the folder; `on*=`; `javascript:` URLs. */
const scriptsRow: SiteRow = {
  row: 1,
  key: '1',
  title:
    '<script> inline or src= a .js file of the folder; on*= handlers; javascript: links, frames, objects',
  head: [
    `<script>${siteRun('s1-head-inline')}</script>`,
    `<script src="{{ '/${folderScript}' | relative_url }}"></script>`,
    `<script type="module" src="{{ '/${folderScript}' | relative_url }}"></script>`,
    `<link rel="stylesheet" href="{{ '/assets/css/row1.css' | relative_url }}" onload="${siteRun('s1-link-onload')}">`
  ],
  body: [
    `<img src="x" alt="broken image 1" onerror="${siteRun('s1-img-onerror')}">`,
    `<svg onload="${siteRun('s1-svg-onload')}"><script>${siteRun('s1-svg-script')}</script></svg>`,
    `<details open ontoggle="${siteRun('s1-ontoggle')}"><summary>details 1</summary>body</details>`,
    `<div onmouseover="${siteRun('s1-mouseover')}" onclick="${siteRun('s1-onclick')}">handler div 1</div>`,
    `<a href="javascript:${siteRun('s1-js-link')}">js link 1</a>`,
    `<a href="JaVaScRiPt:${siteRun('s1-js-case')}">js case link 1</a>`,
    `<a href="java&#x09;script:${siteRun('s1-js-tab')}">js tab link 1</a>`,
    `<iframe src="javascript:${siteRun('s1-js-frame')}"></iframe>`,
    `<iframe srcdoc="<script>${siteRun('s1-srcdoc')}</script>"></iframe>`,
    `<iframe src="{{ '/${folderScript}' | relative_url }}"></iframe>`,
    `<object data="javascript:${siteRun('s1-js-object')}"></object>`,
    `<object data="{{ '/${folderScript}' | relative_url }}" type="text/html"></object>`,
    `<embed src="javascript:${siteRun('s1-js-embed')}">`,
    `<form><button formaction="javascript:${siteRun('s1-formaction')}">js button 1</button></form>`,
    `<input autofocus onfocus="${siteRun('s1-autofocus')}">`,
    '<div class="data-payload">{{ site.data.row1.payload }}</div>'
  ],
  files: [
    { path: folderScript, text: `${siteRun('s1-js-file')};\n` },
    {
      path: 'assets/css/row1.css',
      text: '.layout-top { color: rgb(11, 22, 33); }\n'
    },
    {
      path: '_includes/site-row-1.html',
      text: [
        `<script>${siteRun('s1-include-script')}</script>`,
        `<body onload="${siteRun('s1-include-body-onload')}">`,
        `<a href="javascript:${siteRun('s1-include-js-link')}">include js link 1</a>`,
        ''
      ].join('\n')
    },
    {
      path: '_data/row1.yml',
      text: `payload: ${JSON.stringify(`<img src=x onerror="${siteRun('s1-data')}">data payload 1`)}\n`
    }
  ],
  clicks: [
    { text: 'js link 1' },
    { text: 'js case link 1' },
    { text: 'js tab link 1' },
    { text: 'include js link 1' },
    { text: 'js button 1' },
    { text: 'handler div 1' }
  ],
  refusedAssets: [folderScript, 'assets/js/missing.js'],
  servedAsset: 'assets/css/row1.css',
  control: { selector: '.layout-top', color: 'rgb(11, 22, 33)' }
}

/** Row 2: `<meta http-equiv=refresh>`, `<base href>`, `<form action>`, `target=_top` links. */
const navigationRow: SiteRow = {
  row: 2,
  key: '2',
  title: '<meta http-equiv=refresh>, <base href>, <form action>, target=_top links',
  head: [
    '<meta http-equiv="refresh" content="0;url=https://evil.example/refresh-2">',
    `<meta http-equiv="refresh" content="0;url={{ '/' | relative_url }}">`,
    `<meta http-equiv="refresh" content="0;url=javascript:${siteRun('s2-refresh-js')}">`,
    '<base href="https://evil.example/base-2/">',
    '<base target="_top">'
  ],
  body: [
    '<a href="https://example.com/top-2" target="_top">top link 2</a>',
    `<a href="{{ '/' | relative_url }}" target="_top">site top link 2</a>`,
    '<a href="relative-page-2.html">relative link 2</a>',
    '<a href="https://example.com/blank-2" target="_blank" rel="opener">blank link 2</a>',
    '<form action="https://evil.example/form-2" method="post"><input name="q" value="2"><button type="submit">remote form button 2</button></form>',
    `<form action="{{ '/' | relative_url }}" target="_top"><button>site form button 2</button></form>`,
    '<form action="/pwned/form-2" method="get"><input type="submit" value="pwned form submit 2"></form>'
  ],
  files: [
    {
      path: '_includes/site-row-2.html',
      text: [
        '<a href="https://example.com/parent-2" target="_parent">parent link 2</a>',
        '<a href="//evil.example/protocol-relative-2" target="_top">protocol relative link 2</a>',
        '<map name="m2"><area shape="rect" coords="0,0,10,10" href="https://evil.example/area-2" target="_top"></map>',
        ''
      ].join('\n')
    }
  ],
  clicks: [
    { text: 'top link 2', opens: 'https://example.com/top-2' },
    { text: 'site top link 2' },
    { text: 'relative link 2' },
    { text: 'blank link 2', opens: 'https://example.com/blank-2' },
    { text: 'parent link 2', opens: 'https://example.com/parent-2' },
    // Neither the site nor an http(s) address as written: it does nothing.
    { text: 'protocol relative link 2' },
    { text: 'remote form button 2' },
    { text: 'site form button 2' },
    { text: 'pwned form submit 2' }
  ]
}

/** The remote host every remote payload of row 3 names but the stylesheet's. */
export const remoteHost = 'evil.example'
/** The one remote stylesheet the test answers itself (a stub) once remote content is on. */
export const remoteStylesheet = {
  url: 'https://styles.example/theme-3.css',
  css: '.remote-styled { color: rgb(4, 5, 6); }\n'
}

/**
 * Row 3: remote stylesheet, `@import url(http…)`, remote fonts, `background: url(http…)`,
 * `<link rel=prefetch>`, `<video poster>`.
 */
const remoteRow: SiteRow = {
  row: 3,
  key: '3',
  title:
    'remote stylesheet, @import url(http…), remote fonts, background: url(http…), <link rel=prefetch>, <video poster>',
  head: [
    `<link rel="stylesheet" href="${remoteStylesheet.url}">`,
    `<link rel="stylesheet" href="{{ '/assets/css/row3.css' | relative_url }}">`,
    `<link rel="prefetch" href="https://${remoteHost}/prefetch-3.html">`,
    `<link rel="preload" as="image" href="https://${remoteHost}/preload-3.png">`,
    `<link rel="preconnect" href="https://${remoteHost}">`,
    `<link rel="dns-prefetch" href="//${remoteHost}">`,
    `<link rel="icon" href="https://${remoteHost}/icon-3.png">`,
    '<style>',
    `@import url(https://${remoteHost}/style-import-3.css);`,
    `@import "https://${remoteHost}/style-import-string-3.css";`,
    `@font-face { font-family: RemoteThree; src: url(https://${remoteHost}/font-3.woff2) format("woff2"); }`,
    '.remote-font { font-family: RemoteThree, sans-serif; }',
    `.style-bg { background: url(https://${remoteHost}/style-bg-3.png); }`,
    `.style-bg-escaped { background: url("https\\3a //${remoteHost}/style-bg-escaped-3.png"); }`,
    '</style>'
  ],
  body: [
    '<p class="remote-styled">remote styled 3</p>',
    '<p class="remote-font">remote font 3</p>',
    '<p class="style-bg">style background 3</p>',
    '<p class="style-bg-escaped">escaped background 3</p>',
    '<p class="css-file-bg">css file background 3</p>',
    '<p class="css-file-font">css file font 3</p>',
    `<p style="background-image: url('https://${remoteHost}/inline-bg-3.png')">inline background 3</p>`,
    `<video poster="https://${remoteHost}/poster-3.png" src="https://${remoteHost}/video-3.mp4" width="40" height="30"></video>`,
    `<video width="40" height="30"><source src="https://${remoteHost}/source-3.mp4"></video>`,
    `<audio src="https://${remoteHost}/audio-3.mp3" autoplay></audio>`,
    `<img src="https://${remoteHost}/img-3.png" srcset="https://${remoteHost}/img-3-2x.png 2x" alt="remote image 3">`,
    `<picture><source srcset="https://${remoteHost}/picture-3.webp"><img alt="picture 3"></picture>`,
    `<svg width="10" height="10"><image href="https://${remoteHost}/svg-image-3.png" width="10" height="10"></image></svg>`,
    '<img src="{{ site.data.row3.image }}" alt="data image 3">'
  ],
  files: [
    {
      path: 'assets/css/row3.css',
      text: [
        `@import url("https://${remoteHost}/css-import-3.css");`,
        `@font-face { font-family: CssFileThree; src: url(https://${remoteHost}/css-font-3.woff2); }`,
        '.css-file-font { font-family: CssFileThree, serif; }',
        `.css-file-bg { background: url(https://${remoteHost}/css-bg-3.png); }`,
        '.layout-top { color: rgb(33, 22, 11); }',
        ''
      ].join('\n')
    },
    {
      path: '_includes/site-row-3.html',
      text: [
        `<img src="//${remoteHost}/protocol-relative-3.png" alt="protocol relative 3">`,
        `<div style="background: url(http://${remoteHost}/include-bg-3.png)">include background 3</div>`,
        ''
      ].join('\n')
    },
    { path: '_data/row3.yml', text: `image: "https://${remoteHost}/data-3.png"\n` }
  ],
  control: { selector: '.layout-top', color: 'rgb(33, 22, 11)' },
  cspOnly: [
    `https://${remoteHost}/css-import-3.css`,
    `https://${remoteHost}/css-font-3.woff2`,
    `https://${remoteHost}/css-bg-3.png`
  ]
}

/**
 * Row 4: `{% include ../x %}`, `{% include_relative ../../x %}`, `{% link ../../x %}`, an include
 * through a symlink out (and, with them, a data file and a stylesheet through symlinks out).
 */
const outsideRow: SiteRow = {
  row: 4,
  key: '4',
  title:
    '{% include ../x %}, {% include_relative ../../x %}, {% link ../../x %}, an include through a symlink out',
  head: [`<link rel="stylesheet" href="{{ '/assets/outside.css' | relative_url }}">`],
  body: [
    '<p>climbing include: {% include ../../secret-outside.html %}</p>',
    '<p>climbing include, one level: {% include ../secret-outside.html %}</p>',
    '<p>link out: <a href="{% link ../../secret-outside.html %}">link tag 4</a></p>',
    '<p>symlinked include: {% include outside.html %}</p>',
    '<p>symlinked data: {{ site.data.outside.leak }}</p>'
  ],
  files: [
    {
      path: '_includes/site-row-4.html',
      text: [
        '<p>include of row 4</p>',
        '{% include_relative ../../secret-outside.html %}',
        '{% include_relative ../../../secret-outside.html %}',
        ''
      ].join('\n')
    }
  ],
  links: [
    { path: '_includes/outside.html', outside: 'secret-outside.html' },
    { path: '_data/outside.yml', outside: 'secret-outside.yml' },
    { path: 'assets/outside.css', outside: 'secret-outside.css' }
  ],
  diagnostics: [
    {
      kind: 'Include',
      file: '_layouts/site-row-4.html',
      snippet: '{% include ../../secret-outside.html %}',
      message: /\.\.\/\.\.\/secret-outside\.html/
    },
    {
      kind: 'Include',
      file: '_layouts/site-row-4.html',
      snippet: '{% include ../secret-outside.html %}',
      message: /'\.\.\/secret-outside\.html'/
    },
    {
      kind: 'Include',
      file: '_includes/site-row-4.html',
      snippet: '{% include_relative ../../secret-outside.html %}',
      message: /include_relative.*\.\.\/\.\.\/secret-outside\.html/
    },
    {
      kind: 'Liquid',
      file: '_layouts/site-row-4.html',
      snippet: '{% link ../../secret-outside.html %}',
      message: /'\.\.\/\.\.\/secret-outside\.html'.*'link'/
    },
    {
      kind: 'Include',
      file: '_layouts/site-row-4.html',
      snippet: '{% include outside.html %}',
      message: /outside\.html/
    }
  ],
  refusedAssets: ['assets/outside.css', '_includes/outside.html', '_data/outside.yml']
}

/**
 * Row 6: `{% seo %}`, `{% gist %}`, any plugin tag Postcloud does not know. `{% seo %}` is one
 * Postcloud runs itself (jekyll-seo-tag, issue 12): the unknown ones here are `{% gist %}` and an
 * invented `{% fancyplugin %}` whose arguments carry a payload.
 */
const pluginRow: SiteRow = {
  row: 6,
  key: '6',
  title: '{% gist %} and any plugin tag Postcloud does not know',
  body: [
    '<p>gist: {% gist 5555555 hello.rb %}</p>',
    `<p>plugin block: {% fancyblock <script>${siteRun('s6-block')}</script> %}inside the fancy block 6{% endfancyblock %}</p>`
  ],
  files: [
    {
      path: '_includes/site-row-6.html',
      text: [
        '<p>include of row 6</p>',
        `{% fancyplugin <img src=x onerror="${siteRun('s6-plugin')}"> %}`,
        ''
      ].join('\n')
    }
  ],
  diagnostics: [
    {
      kind: 'Plugin',
      file: '_layouts/site-row-6.html',
      snippet: '{% gist',
      message: /gist/
    },
    {
      kind: 'Plugin',
      file: '_includes/site-row-6.html',
      snippet: '{% fancyplugin',
      message: /fancyplugin/
    },
    {
      kind: 'Plugin',
      file: '_layouts/site-row-6.html',
      snippet: '{% fancyblock',
      message: /fancyblock/
    }
  ]
}

/** Row 7: malformed Liquid (`{% if %}` unclosed), malformed YAML front matter in a layout. */
const malformedRow: SiteRow = {
  row: 7,
  key: '7',
  title: 'malformed Liquid ({% if %} unclosed), malformed YAML front matter in a layout',
  // A mapping inside a plain value: YAML fails on that very line, so the place is exact.
  frontMatter: ['description: a nested: mapping', 'other: value'],
  body: ['<p>before the broken if 7</p>'],
  tail: ['{% if page.title %}', '<p>inside the unclosed if 7</p>'],
  files: [
    {
      path: '_includes/site-row-7.html',
      text: [
        '<p>include of row 7</p>',
        '{% for item in %}',
        '<p>after the broken for 7</p>',
        ''
      ].join('\n')
    }
  ],
  diagnostics: [
    {
      kind: 'Liquid',
      file: '_layouts/site-row-7.html',
      snippet: '{% if page.title %}',
      message: /if/
    },
    {
      kind: 'Liquid',
      file: '_includes/site-row-7.html',
      snippet: '{% for item in %}',
      message: /for/
    },
    {
      kind: 'YAML',
      file: '_layouts/site-row-7.html',
      snippet: 'description: a nested: mapping',
      message: /./
    }
  ]
}

/** Row 5's data file: 50 MB of YAML, a list of long strings. */
function hugeYaml(): Buffer {
  const line = `- "${'x'.repeat(1022)}"\n`
  return Buffer.from(line.repeat((50 * 1024 * 1024) / line.length + 1))
}

/**
 * Row 5: a Liquid loop over 10^7 items, an include that includes itself, a 50 MB data file, Sass
 * with an infinite `@while`. Each case has a layout and a post of its own, so each limit is met
 * on its own page.
 */
export const limitRowTitle =
  'a Liquid loop over 10^7 items, an include that includes itself, a 50 MB data file, Sass with an infinite @while'

export const limitCases: SiteRow[] = [
  {
    row: 5,
    key: '5a',
    title: limitRowTitle,
    label: 'a Liquid loop over 10^7 items',
    stops: true,
    tail: ['{% for i in (1..10000000) %}{% assign x = i | plus: 1 %}{% endfor %}'],
    diagnostics: [
      {
        kind: 'Limit',
        file: '_layouts/site-row-5a.html',
        snippet: '{% for i in (1..10000000) %}',
        message: /limit/
      }
    ]
  },
  {
    row: 5,
    key: '5b',
    title: limitRowTitle,
    label: 'an include that includes itself',
    stops: true,
    files: [
      {
        path: '_includes/site-row-5b.html',
        text: '<p class="self">self include 5b</p>\n{% include site-row-5b.html %}\n'
      }
    ],
    diagnostics: [
      {
        kind: 'Limit',
        file: '_includes/site-row-5b.html',
        snippet: '{% include site-row-5b.html %}',
        message: /includes/
      }
    ]
  },
  {
    row: 5,
    key: '5c',
    title: limitRowTitle,
    label: 'a 50 MB data file',
    body: ['<p>data entries: {{ site.data.huge | size }}</p>'],
    files: [{ path: '_data/huge.yml', text: hugeYaml }],
    diagnostics: [{ kind: 'YAML', file: '_data/huge.yml', message: /too large/ }]
  },
  {
    row: 5,
    key: '5d',
    title: limitRowTitle,
    label: 'Sass with an infinite @while',
    head: [`<link rel="stylesheet" href="{{ '/assets/css/forever-5d.css' | relative_url }}">`],
    files: [
      {
        path: 'assets/css/forever-5d.scss',
        text: [
          '---',
          '---',
          '$i: 0;',
          '@while $i >= 0 {',
          '  $i: $i + 1;',
          '}',
          '.never { color: red; }',
          ''
        ].join('\n')
      }
    ],
    diagnostics: [{ kind: 'Limit', file: 'assets/css/forever-5d.scss', message: /Sass stopped/ }]
  }
]

/** The rows rendered on one page each; row 5's cases are `limitCases`. */
export const siteRows: SiteRow[] = [
  scriptsRow,
  navigationRow,
  remoteRow,
  outsideRow,
  pluginRow,
  malformedRow
]

export function siteRow(row: number): SiteRow {
  const found = siteRows.find((item) => item.row === row)
  if (!found) throw new Error(`no site row ${row}`)
  return found
}
