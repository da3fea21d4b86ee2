import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FuseV1Options } from '@electron/fuses'
import { afterAll, describe, expect, it } from 'vitest'
import afterPack, {
  fusesNotSet,
  packagedBinary,
  postcloudFuses
} from '../../../scripts/after-pack.mjs'
import type { PackContext } from '../../../scripts/after-pack.mjs'
import { writeStandInElectron } from './helpers'

const temp = mkdtempSync(join(tmpdir(), 'postcloud-after-pack-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

const packager = { appInfo: { productFilename: 'Postcloud' }, executableName: 'postcloud' }
const x64 = 1

describe('the fuses Postcloud ships with', () => {
  it.each([
    ['RunAsNode', FuseV1Options.RunAsNode, false],
    ['NODE_OPTIONS', FuseV1Options.EnableNodeOptionsEnvironmentVariable, false],
    ['--inspect arguments', FuseV1Options.EnableNodeCliInspectArguments, false],
    ['asar integrity validation', FuseV1Options.EnableEmbeddedAsarIntegrityValidation, true],
    ['loading the app only from app.asar', FuseV1Options.OnlyLoadAppFromAsar, true],
    ['cookie encryption', FuseV1Options.EnableCookieEncryption, true],
    ['a browser-process V8 snapshot', FuseV1Options.LoadBrowserProcessSpecificV8Snapshot, false],
    // The window is a file:// page (src/main/paths.ts rendererUrl).
    ['file: privileges', FuseV1Options.GrantFileProtocolExtraPrivileges, true]
  ])('%s', (_name, fuse, on) => {
    expect(postcloudFuses[fuse]).toBe(on)
  })
})

describe('the binary the hook patches', () => {
  it.each([
    ['linux', 'postcloud'],
    ['win32', 'Postcloud.exe'],
    ['darwin', 'Postcloud.app'],
    ['mas', 'Postcloud.app']
  ])('on %s is %s', (platform, file) => {
    const context: PackContext = {
      appOutDir: '/out',
      electronPlatformName: platform,
      arch: x64,
      packager
    }
    expect(packagedBinary(context)).toBe(join('/out', file))
  })
})

describe('afterPack', () => {
  it('flips the fuses of a packaged Linux binary and reads them back', async () => {
    const appOutDir = join(temp, 'linux-unpacked')
    const binary = writeStandInElectron(appOutDir, 'postcloud')
    expect(await fusesNotSet(binary)).toEqual([
      'RunAsNode',
      'EnableCookieEncryption',
      'EnableNodeOptionsEnvironmentVariable',
      'EnableNodeCliInspectArguments',
      'EnableEmbeddedAsarIntegrityValidation',
      'OnlyLoadAppFromAsar'
    ])
    await afterPack({ appOutDir, electronPlatformName: 'linux', arch: x64, packager })
    expect(await fusesNotSet(binary)).toEqual([])
  })

  it('fails the build when the binary has no fuse wire', async () => {
    const appOutDir = join(temp, 'no-fuses')
    mkdirSync(appOutDir)
    writeFileSync(join(appOutDir, 'Postcloud.exe'), 'not an Electron binary')
    await expect(
      afterPack({ appOutDir, electronPlatformName: 'win32', arch: x64, packager })
    ).rejects.toThrow(/sentinel/)
  })
})
