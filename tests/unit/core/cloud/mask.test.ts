import { symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFolderImage } from '@core/assets'
import { maxMaskBytes, saveCloudMask } from '@core/cloud'
import { checkCloudOptions } from '@shared/cloud/options'
import { assetRoute } from '@shared/contract'
import { webAssetUrl, decodeAssetPath } from '@shared/transport/asset-path'
import { codeOf, fakeJpeg, fakePng, openFixture } from './helpers'
import type { Folder } from './helpers'

const b64 = (bytes: Buffer): string => bytes.toString('base64')
let f: Folder

beforeEach(async () => {
  f = await openFixture('plain')
})
afterEach(async () => {
  await f.dispose()
})

describe('saving a mask', () => {
  it('saves a PNG under .postcloud/masks/ with a safe name and returns its path', async () => {
    const path = await saveCloudMask(f.dir, '心形 轮廓.PNG', b64(fakePng()))
    expect(path).toBe('.postcloud/masks/心形_轮廓.png')
    expect((await f.bytes(path)).equals(fakePng())).toBe(true)
    // The options accept it as the mask, and the window can load it like any folder image.
    expect(checkCloudOptions({ shape: 'mask', mask: path }).mask).toBe(path)
    const image = await readFolderImage(
      f.store,
      decodeAssetPath(webAssetUrl(path).slice(assetRoute.length))
    )
    expect(image.mime).toBe('image/png')
    expect(Buffer.from(image.bytes).equals(fakePng())).toBe(true)
  })

  it('never replaces another file: a taken name gets -2, -3; the same bytes are reused', async () => {
    await f.write('.postcloud/masks/heart.png', fakePng(9))
    const second = await saveCloudMask(f.dir, 'heart.png', b64(fakePng(1)))
    expect(second).toBe('.postcloud/masks/heart-2.png')
    expect((await f.bytes('.postcloud/masks/heart.png')).equals(fakePng(9))).toBe(true)
    const third = await saveCloudMask(f.dir, 'heart.png', b64(fakePng(2)))
    expect(third).toBe('.postcloud/masks/heart-3.png')
    expect(await saveCloudMask(f.dir, 'heart.png', b64(fakePng(1)))).toBe(second)
    expect(await saveCloudMask(f.dir, 'heart.png', b64(fakePng(9)))).toBe(
      '.postcloud/masks/heart.png'
    )
  })

  it('keeps only the last segment of a name that tries to leave the folder', async () => {
    expect(await saveCloudMask(f.dir, '../../etc/evil.png', b64(fakePng()))).toBe(
      '.postcloud/masks/evil.png'
    )
    expect(await saveCloudMask(f.dir, 'C:\\x\\..\\con.png', b64(fakePng(3)))).toBe(
      '.postcloud/masks/con_.png'
    )
    expect(await saveCloudMask(f.dir, '', b64(fakePng(4)))).toBe('.postcloud/masks/wordcloud.png')
  })

  it.each([
    ['a JPEG', b64(fakeJpeg()), 'INVALID_ARGUMENT'],
    ['text', Buffer.from('not an image at all').toString('base64'), 'INVALID_ARGUMENT'],
    ['bad base64', '@@@@', 'INVALID_ARGUMENT'],
    ['empty', '', 'INVALID_ARGUMENT'],
    ['over 10 MB', b64(Buffer.concat([fakePng(), Buffer.alloc(maxMaskBytes)])), 'TOO_LARGE']
  ])('refuses %s', async (_, data, code) => {
    expect(await codeOf(saveCloudMask(f.dir, 'm.png', data))).toBe(code)
    expect(await f.exists('.postcloud/masks/m.png')).toBe(false)
  })

  it('refuses a masks folder that is a link out of the posts folder', async () => {
    await f.write('.postcloud/keep.txt', '')
    await symlink(join(f.dir, '..'), join(f.dir, '.postcloud', 'masks'))
    expect(await codeOf(saveCloudMask(f.dir, 'm.png', b64(fakePng())))).toBe('OUTSIDE_FOLDER')
  })
})
