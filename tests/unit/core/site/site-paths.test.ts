import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { outputPath } from '@cli/commands/preview'
import { relativeCssUrls } from '@core/site/css-urls'
import { findSiteRoot } from '@core/site/site-root'
import { PostcloudError } from '@shared/errors'
import { tempFolder } from './site-fixture'

// [case, css as written, the stylesheet's folder-relative path, baseurl, css as served]
const cssCases: [string, string, string, string, string][] = [
  [
    'a font under the baseurl, beside the stylesheet',
    'src: url("/blog/assets/fonts/a.woff2")',
    'assets/main.css',
    '/blog',
    'src: url("./fonts/a.woff2")'
  ],
  [
    'an image in a sibling folder',
    'background: url(/blog/images/logo.png)',
    'assets/css/site.css',
    '/blog',
    'background: url(../../images/logo.png)'
  ],
  [
    'single quotes and spaces inside url()',
    "url( '/blog/assets/a.png' )",
    'assets/main.css',
    '/blog',
    "url('./a.png')"
  ],
  [
    'a baseurl written with a trailing slash',
    'url(/blog/assets/a.png)',
    'assets/main.css',
    '/blog/',
    'url(./a.png)'
  ],
  [
    'no baseurl: every root-relative URL',
    'url(/assets/fonts/b.woff)',
    'assets/css/x.css',
    '',
    'url(../fonts/b.woff)'
  ],
  [
    'a stylesheet at the folder root',
    'url(/blog/assets/a.png)',
    'style.css',
    '/blog',
    'url(./assets/a.png)'
  ],
  [
    'query and fragment kept',
    'url("/blog/assets/f.eot?#iefix")',
    'assets/main.css',
    '/blog',
    'url("./f.eot?#iefix")'
  ],
  [
    'Chinese file names',
    'url(/blog/assets/图片/背景.png)',
    'assets/main.css',
    '/blog',
    'url(./图片/背景.png)'
  ],
  [
    '@import of a root-relative stylesheet',
    '@import "/blog/assets/base.css";',
    'assets/css/main.css',
    '/blog',
    '@import "../base.css";'
  ],
  [
    'several URLs in one rule',
    'src: url(/blog/a.woff2) format("woff2"), url(/blog/a.woff) format("woff")',
    'assets/main.css',
    '/blog',
    'src: url(../a.woff2) format("woff2"), url(../a.woff) format("woff")'
  ],
  ['a remote URL', 'url(https://cdn.example.com/a.png)', 'assets/main.css', '/blog', 'same'],
  ['a protocol-relative URL', 'url(//cdn.example.com/a.png)', 'assets/main.css', '', 'same'],
  ['a data: URL', 'url(data:image/png;base64,AAAA)', 'assets/main.css', '/blog', 'same'],
  ['a relative URL', 'url(../fonts/a.woff2)', 'assets/css/main.css', '/blog', 'same'],
  ['a fragment (SVG filter)', 'filter: url(#shadow)', 'assets/main.css', '/blog', 'same'],
  ['a URL outside the baseurl', 'url(/other/a.png)', 'assets/main.css', '/blog', 'same'],
  ['a path that only starts like the baseurl', 'url(/blogger/a.png)', 'a.css', '/blog', 'same'],
  ['a remote @import', '@import "https://fonts.example.com/css";', 'a.css', '', 'same'],
  [
    '@import url() form',
    '@import url("/blog/b.css");',
    'assets/a.css',
    '/blog',
    '@import url("../b.css");'
  ]
]

describe('relativeCssUrls', () => {
  it.each(cssCases)('%s', (_name, css, path, baseurl, served) => {
    expect(relativeCssUrls(css, path, baseurl)).toBe(served === 'same' ? css : served)
  })

  it('leaves a stylesheet without url() or @import as it is', () => {
    const css = '.post-title { color: #b03a2e; }\n/* 注释 */\n'
    expect(relativeCssUrls(css, 'assets/main.css', '/blog')).toBe(css)
  })
})

describe('outputPath (postcloud preview --all)', () => {
  const out = '/srv/site'

  it.each([
    ['/', '/srv/site/index.html'],
    ['/weekly/2025/11/10/week-45/', '/srv/site/weekly/2025/11/10/week-45/index.html'],
    ['/2025/10/01/national-day.html', '/srv/site/2025/10/01/national-day.html'],
    ['/about', '/srv/site/about'],
    ['/a//b/', '/srv/site/a/b/index.html'],
    [
      '/2025/11/10/%E5%91%A8%E6%8A%A5-%E7%AC%AC%E4%B8%80%E6%9C%9F.html',
      '/srv/site/2025/11/10/周报-第一期.html'
    ],
    ['/reports/100%25/', '/srv/site/reports/100%/index.html'],
    // Jekyll leaves a literal % of a front matter permalink as it is and writes _site/100%/.
    ['/100%/', '/srv/site/100%/index.html']
  ])('writes %s to %s', (url, path) => {
    expect(outputPath(out, url)).toBe(path)
  })

  it.each([
    ['/../../etc/cron.d/x'],
    ['/a/../../b.html'],
    ['/%2e%2e/%2e%2e/x.html'],
    ['/./x.html'],
    ['/a\\..\\..\\x.html']
  ])('refuses %s, which leads outside the output folder', (url) => {
    let thrown: unknown = null
    try {
      outputPath(out, url)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(PostcloudError)
    expect((thrown as PostcloudError).code).toBe('OUTSIDE_FOLDER')
  })
})

describe('findSiteRoot', () => {
  it('finds the nearest folder with a _config.yml, from a nested post', async () => {
    const temp = await tempFolder()
    const site = join(temp, 'blog')
    await mkdir(join(site, '_posts', 'weekly', '2025'), { recursive: true })
    await writeFile(join(site, '_config.yml'), 'title: 周报站\n')
    const post = join(site, '_posts', 'weekly', '2025', '2025-11-10-week-45.md')
    await writeFile(post, '---\ntitle: 周报\n---\n')
    expect(await findSiteRoot(post)).toBe(site)
    expect(await findSiteRoot(join(site, 'about.md'))).toBe(site)
  })

  it('prefers an inner _config.yml to an outer one', async () => {
    const temp = await tempFolder()
    await writeFile(join(temp, '_config.yml'), 'title: outer\n')
    const inner = join(temp, 'sites', 'inner')
    await mkdir(join(inner, '_posts'), { recursive: true })
    await writeFile(join(inner, '_config.yml'), 'title: inner\n')
    expect(await findSiteRoot(join(inner, '_posts', '2025-01-01-a.md'))).toBe(inner)
  })

  it('takes the folder holding _posts/ or _drafts/ when there is no _config.yml', async () => {
    const temp = await tempFolder()
    const site = join(temp, 'no-config')
    await mkdir(join(site, '_posts', 'weekly'), { recursive: true })
    await mkdir(join(site, '_drafts'))
    expect(await findSiteRoot(join(site, '_posts', 'weekly', '2025-11-10-a.md'))).toBe(site)
    expect(await findSiteRoot(join(site, '_drafts', 'idea.md'))).toBe(site)
  })

  it('is null for a file in a plain folder, and a _config.yml folder does not count', async () => {
    const temp = await tempFolder()
    const plain = join(temp, 'notes')
    await mkdir(join(plain, '_config.yml'), { recursive: true })
    expect(await findSiteRoot(join(plain, '周记.md'))).toBeNull()
  })
})
