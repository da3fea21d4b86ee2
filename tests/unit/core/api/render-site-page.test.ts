import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import type { CoreApi } from '@core/api'
import { SiteService } from '@core/site/site-service'
import { PostcloudError } from '@shared/errors'
import type { ErrorCode } from '@shared/errors'
import { stubCore } from '../stub-core'
import { readText, tempFolder, tempSite, week45, week46 } from '../site/site-fixture'

async function openCore(folder: string): Promise<CoreApi> {
  const core = stubCore(join(dirname(folder), 'data'))
  onTestFinished(() => core.close())
  await core.openFolder(folder)
  return core
}

async function refusal(read: Promise<unknown>): Promise<ErrorCode> {
  const error = await read.then(
    () => null,
    (thrown: unknown) => thrown
  )
  if (!(error instanceof PostcloudError))
    throw new Error(`expected a refusal, got ${String(error)}`)
  return error.code
}

describe('api.renderSitePage', () => {
  it('renders the buffer in the site with source lines for the window’s scroll sync', async () => {
    const root = await tempSite('report')
    const core = await openCore(root)
    const text = (await readText(root, week45)).replace('延迟下降了三成', '延迟下降了一半')
    const page = await core.renderSitePage(week45, text)
    if (page.kind !== 'page') throw new Error('expected a page')
    expect(page.url).toBe('/weekly/2025/11/10/week-45/')
    expect(page.baseurl).toBe('/blog')
    expect(page.layouts).toEqual(['post', 'default'])
    expect(page.html).toContain(
      '<p data-source-line="7">本周我们完成了检索服务的迁移，延迟下降了一半。</p>'
    )
    // The same page as the service renders, which is what `postcloud preview` writes.
    const direct = await new SiteService(root, true).page(week45, text)
    if (direct.kind !== 'page') throw new Error('expected a page')
    expect(page.html.replace(/ data-source-line="\d+"/g, '')).toBe(direct.html)
  })

  it('answers no-site in a plain folder of Markdown', async () => {
    const folder = join(await tempFolder(), 'notes')
    await mkdir(folder)
    await writeFile(join(folder, '周记.md'), '# 周记\n\n这里不是 Jekyll 站点。\n')
    const core = await openCore(folder)
    expect(await core.renderSitePage('周记.md', '# 周记\n')).toEqual({
      kind: 'no-site',
      reason: 'not-jekyll'
    })
  })

  it('refuses a page outside the folder', async () => {
    const root = await tempSite('report')
    const core = await openCore(root)
    expect(await refusal(core.renderSitePage('../outside.md', '# x\n'))).toBe('OUTSIDE_FOLDER')
    expect(await refusal(core.renderSitePage('/etc/passwd', '# x\n'))).toBe('OUTSIDE_FOLDER')
  })

  it('answers NO_FOLDER before a folder is open', async () => {
    const core = stubCore(join(await tempFolder(), 'data'))
    onTestFinished(() => core.close())
    expect(await refusal(core.renderSitePage(week45, '# x\n'))).toBe('NO_FOLDER')
  })

  it('follows another post edited on disk while the folder is watched', async () => {
    const root = await tempSite('report')
    const core = await openCore(root)
    const stop = core.onLibraryEvent(() => undefined)
    onTestFinished(stop)
    await core.whenWatching()
    // The digest layout shows site.posts[0] (week 46) under the post being edited.
    const text = (await readText(root, week45)).replace('layout: post', 'layout: digest')
    const first = await core.renderSitePage(week45, text)
    expect(first.kind === 'page' && first.html.includes('本周上线了站点预览')).toBe(true)
    const other = (await readText(root, week46)).replace('本周上线了站点预览', '同事刚保存的新摘要')
    await writeFile(join(root, week46), other)
    // The watcher reports the change a moment later; a render after that shows the new text.
    await expect
      .poll(async () => {
        const page = await core.renderSitePage(week45, text)
        return page.kind === 'page' && page.html.includes('同事刚保存的新摘要')
      })
      .toBe(true)
  })
})
