import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { bodyOffset } from '@core/assets/cloud-target'
import { fileSha256, manifestId } from '@core/assets/written-manifest'
import { readCloudSettings } from '@core/cloud/cloud-settings'
import { cloudOptionsHash, cloudTextHash } from '@core/cloud/source-hash'
import { Library } from '@core/library'
import { lintFolder } from '@core/lint'
import type { LintFinding, RuleId } from '@core/lint'
import { copyFixtures } from '../../cli/cli-run'

/**
 * Each rule of `postcloud lint` on a copy of tests/fixtures/lint/site: a Jekyll site with
 * `baseurl: /reports`, one post per problem, a clean post, a CRLF post with a BOM, pages that
 * are not posts, and folders a scan skips.
 */

let fixtures: ReturnType<typeof copyFixtures>

beforeEach(() => {
  fixtures = copyFixtures()
})
afterEach(() => fixtures.remove())

async function lint(folder = fixtures.site, root = fixtures.site): Promise<LintFinding[]> {
  return (await lintFolder({ root, folder, resourcesDir: resolve('resources') })).findings
}

/** The findings of one rule, without the message, in report order. */
async function findingsOf(rule: RuleId): Promise<Omit<LintFinding, 'message'>[]> {
  return (await lint())
    .filter((each) => each.rule === rule)
    .map(({ message: _message, ...rest }) => rest)
}

describe('lint rules', () => {
  it('front-matter: unclosed, invalid YAML and ---js, each with line and column', async () => {
    const findings = (await lint()).filter((each) => each.rule === 'front-matter')
    expect(findings).toEqual([
      {
        file: '_posts/2025-11-13-unclosed.md',
        line: 1,
        column: 1,
        rule: 'front-matter',
        severity: 'error',
        message:
          'The front matter fence on line 1 is never closed, so the file is read as body text'
      },
      {
        file: '_posts/2025-11-14-invalid-yaml.md',
        line: 5,
        column: 1,
        rule: 'front-matter',
        severity: 'error',
        message: expect.stringContaining('Invalid YAML in the front matter: Flow sequence')
      },
      {
        file: '_posts/2025-11-16-js-front-matter.md',
        line: 1,
        column: 1,
        rule: 'front-matter',
        severity: 'error',
        message: 'Front matter fenced as ---js is not YAML; Postcloud never evaluates it'
      }
    ])
  })

  it('duplicate-key: the repeated key, where it is repeated and where it was first', async () => {
    const findings = (await lint()).filter((each) => each.rule === 'duplicate-key')
    expect(findings).toEqual([
      {
        file: '_posts/2025-11-15-duplicate-keys.md',
        line: 6,
        column: 1,
        rule: 'duplicate-key',
        severity: 'error',
        message: 'The key "tags" is repeated (first on line 4); YAML allows each key once'
      }
    ])
  })

  it('date-mismatch: a front matter date on another day than the file name', async () => {
    expect(await findingsOf('date-mismatch')).toEqual([
      {
        file: '_posts/2025-11-11-date-mismatch.md',
        line: 4,
        column: 1,
        rule: 'date-mismatch',
        severity: 'error'
      }
    ])
    // The same day in other shapes and zones is no mismatch; nor is a name without a date.
    const posts = join(fixtures.site, '_posts')
    writeFileSync(
      join(posts, '2025-11-21-shapes.md'),
      '---\ntitle: t\ndate: 2025-11-21T23:30:00-05:00\n---\n'
    )
    writeFileSync(join(posts, '2025-11-22-day.md'), "---\ntitle: t\ndate: '2025-11-22'\n---\n")
    writeFileSync(join(posts, 'undated-name.md'), '---\ntitle: t\ndate: 2025-01-01\n---\n')
    expect(await findingsOf('date-mismatch')).toHaveLength(1)
  })

  it('missing-image: Markdown and <img> images whose file is not there, by line', async () => {
    expect(await findingsOf('missing-image')).toEqual([
      {
        file: '_posts/2025-11-17-missing-image.md',
        line: 8,
        rule: 'missing-image',
        severity: 'error'
      },
      {
        file: '_posts/2025-11-17-missing-image.md',
        line: 11,
        rule: 'missing-image',
        severity: 'error'
      },
      {
        file: '_posts/2025-11-17-missing-image.md',
        line: 15,
        rule: 'missing-image',
        severity: 'error'
      },
      // CRLF and a BOM: the line is the editor's line.
      { file: '_posts/2025-11-20-crlf-bom.md', line: 10, rule: 'missing-image', severity: 'error' }
    ])
    const messages = (await lint()).filter((each) => each.rule === 'missing-image')
    expect(messages[0].message).toBe(
      'The image /reports/assets/images/nope.png is missing (assets/images/nope.png)'
    )
    // The clean post's images resolve: after the baseurl, through {{ site.baseurl }}, relative
    // to the site root in README.md; the one in a code block and the remote one are not checked.
    expect((await lint()).filter((each) => each.file.includes('clean-report'))).toEqual([])
    expect((await lint()).filter((each) => each.file === 'README.md')).toEqual([])
  })

  // docs/BAD-INPUTS.md#bi-img-unpublished
  it('unpublished-image: links the published page would request where the site has no such file', async () => {
    const posts = join(fixtures.site, '_posts')
    writeFileSync(join(posts, 'wordcloud_unpublished.jpg'), 'an image Jekyll never copies')
    writeFileSync(
      join(posts, '2025-11-21-unpublished.md'),
      [
        '---',
        'title: 发布后找不到的图',
        'date: 2025-11-21',
        '---',
        '',
        '![图表](../assets/images/chart.png)',
        '',
        '![图表](/reports/assets/images/chart.png)',
        '',
        '## 词云分析',
        '',
        '![词云图](wordcloud_unpublished.jpg)',
        ''
      ].join('\n')
    )
    const findings = (await lint()).filter((each) => each.rule === 'unpublished-image')
    expect(findings).toEqual([
      {
        file: '_posts/2025-11-17-missing-image.md',
        line: 11,
        rule: 'unpublished-image',
        severity: 'error',
        message:
          'The image images/also-missing.png would be requested as /reports/2025/11/17/images/also-missing.png on the published site, which serves no such file'
      },
      {
        file: '_posts/2025-11-21-unpublished.md',
        line: 6,
        rule: 'unpublished-image',
        severity: 'error',
        message:
          'The image ../assets/images/chart.png would be requested as /reports/2025/11/assets/images/chart.png on the published site, which serves no such file'
      },
      {
        file: '_posts/2025-11-21-unpublished.md',
        line: 12,
        rule: 'unpublished-image',
        severity: 'error',
        message:
          'The image wordcloud_unpublished.jpg would be requested as /reports/2025/11/21/wordcloud_unpublished.jpg on the published site, which serves no such file'
      }
    ])
    // The files are there: only the published site misses them.
    const other = (await lint()).filter((each) => each.file === '_posts/2025-11-21-unpublished.md')
    expect(other.map((each) => each.rule)).toEqual(['unpublished-image', 'unpublished-image'])
  })

  it('image-outside: .. past the site root, file: URLs, and symbolic links out', async () => {
    const outside = join(fixtures.temp, 'secret.png')
    writeFileSync(outside, 'not in the site')
    symlinkSync(outside, join(fixtures.site, 'assets/images/link-out.png'))
    writeFileSync(
      join(fixtures.site, '_posts/2025-11-21-link.md'),
      '---\ntitle: t\ndate: 2025-11-21\n---\n\n![out](/reports/assets/images/link-out.png)\n'
    )
    expect(await findingsOf('image-outside')).toEqual([
      {
        file: '_posts/2025-11-18-image-outside.md',
        line: 6,
        rule: 'image-outside',
        severity: 'error'
      },
      {
        file: '_posts/2025-11-18-image-outside.md',
        line: 9,
        rule: 'image-outside',
        severity: 'error'
      },
      { file: '_posts/2025-11-21-link.md', line: 6, rule: 'image-outside', severity: 'error' }
    ])
  })

  it('image-outside: a root-relative image outside a Jekyll site names the disk, not the folder', async () => {
    const plain = join(fixtures.temp, 'plain')
    mkdirSync(plain)
    writeFileSync(
      join(plain, 'post.md'),
      '---\ntitle: t\ndate: 2025-11-11\n---\n\n![x](/etc/hosts.png)\n'
    )
    expect((await lint(plain, plain)).map((each) => [each.rule, each.line])).toEqual([
      ['no-cloud-link', undefined],
      ['image-outside', 6]
    ])
  })

  it('unreadable: a binary file named .md is reported, not read', async () => {
    writeFileSync(
      join(fixtures.site, '_posts/2025-11-21-binary.md'),
      Buffer.from([0x89, 0x50, 0x00, 0x01])
    )
    expect(await lint()).toContainEqual({
      file: '_posts/2025-11-21-binary.md',
      rule: 'unreadable',
      severity: 'error',
      message: expect.stringContaining('binary')
    })
  })

  it('missing-title: posts only; a page of the site needs none', async () => {
    writeFileSync(join(fixtures.site, 'no-title-page.md'), '---\nlayout: page\n---\n')
    writeFileSync(join(fixtures.site, '_posts/2025-11-21-bare.md'), '只有正文。\n')
    expect(await lint()).toEqual(
      expect.arrayContaining([
        {
          file: '_posts/2025-11-12-missing-title.md',
          rule: 'missing-title',
          severity: 'warning',
          message: 'No title'
        },
        {
          file: '_posts/2025-11-21-bare.md',
          rule: 'missing-title',
          severity: 'warning',
          message: 'No title (the file has no front matter)'
        }
      ])
    )
    expect((await findingsOf('missing-title')).map((each) => each.file)).toEqual([
      '_posts/2025-11-12-missing-title.md',
      '_posts/2025-11-21-bare.md'
    ])
  })

  it('missing-date: no date in the front matter and none in the file name', async () => {
    // A dated file name is the post's date in Jekyll: a post named so needs no date key.
    writeFileSync(join(fixtures.site, '_posts/2025-11-21-named.md'), '---\ntitle: t\n---\n')
    expect(await findingsOf('missing-date')).toEqual([
      { file: '_drafts/no-date.md', rule: 'missing-date', severity: 'warning' }
    ])
  })

  it('no-cloud-link: posts without a word cloud link; pages are not asked for one', async () => {
    expect((await findingsOf('no-cloud-link')).map((each) => each.file)).toEqual([
      '_posts/2025-11-13-unclosed.md',
      '_posts/2025-11-14-invalid-yaml.md',
      '_posts/2025-11-15-duplicate-keys.md',
      '_posts/2025-11-16-js-front-matter.md',
      '_posts/2025-11-19-no-cloud.md'
    ])
  })

  it("stale-cloud: the post's text changed since Postcloud drew its cloud", async () => {
    const id = '_posts/2025-11-10-clean-report.md'
    const image = 'assets/wordclouds/wordcloud_clean.jpg'
    const library = await Library.open(fixtures.site, { resourcesDir: resolve('resources') })
    const post = await library.read(id)
    await library.close()
    const settings = await readCloudSettings(fixtures.site)
    const manifest = {
      version: 1,
      images: {
        [image]: {
          sha256: await fileSha256(join(fixtures.site, image)),
          post: id,
          writtenAt: '2025-11-10T01:00:00.000Z',
          source: {
            textHash: cloudTextHash(post.raw, bodyOffset(post)),
            optionsHash: cloudOptionsHash(settings.optionsFor(id).options)
          }
        }
      }
    }
    mkdirSync(join(fixtures.site, '.postcloud'), { recursive: true })
    writeFileSync(join(fixtures.site, manifestId), JSON.stringify(manifest))
    expect(await findingsOf('stale-cloud')).toEqual([])

    const path = join(fixtures.site, id)
    writeFileSync(path, readFileSync(path, 'utf8').replace('本周的图表：', '本周的图表（更新）：'))
    expect(await lint()).toContainEqual({
      file: id,
      line: 21,
      column: 8,
      rule: 'stale-cloud',
      severity: 'warning',
      message: expect.stringContaining("the post's text changed since the cloud was drawn")
    })
  })

  it('skips what a scan skips, checks every other Markdown file once', async () => {
    const report = await lintFolder({
      root: fixtures.site,
      folder: fixtures.site,
      resourcesDir: resolve('resources')
    })
    expect(report.files).toBe(14)
    const files = new Set(report.findings.map((each) => each.file))
    expect([...files].some((file) => file.startsWith('.hidden') || file.startsWith('_site'))).toBe(
      false
    )
    expect(files.has('about.md')).toBe(false)
  })

  it('checks a folder inside the site against the site: paths relative to that folder', async () => {
    const findings = await lint(join(fixtures.site, '_posts'))
    expect(
      findings.filter((each) => each.rule === 'missing-image').map((each) => each.file)
    ).toEqual([
      '2025-11-17-missing-image.md',
      '2025-11-17-missing-image.md',
      '2025-11-17-missing-image.md',
      '2025-11-20-crlf-bom.md'
    ])
    expect(findings.some((each) => each.file.startsWith('_drafts'))).toBe(false)
  })
})
