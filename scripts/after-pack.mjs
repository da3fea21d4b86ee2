// electron-builder's afterPack hook (electron-builder.yml): flips the Electron fuses of the
// packaged binary with @electron/fuses, as its README shows, after the files are in place and
// before electron-builder signs the app. It then reads the fuses back, so a fuse that did not take
// stops the build instead of shipping silently.
import { join } from 'node:path'
import {
  FuseState,
  FuseV1Options,
  FuseVersion,
  flipFuses,
  getCurrentFuseWire
} from '@electron/fuses'
import { Arch } from 'electron-builder'

/** The fuses Postcloud ships with. Fuses not named here keep Electron's default. */
export const postcloudFuses = {
  // No ELECTRON_RUN_AS_NODE: the app never runs itself as plain Node (its workers are threads),
  // and the variable would turn the signed binary into a general-purpose Node.
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS and --inspect would let anyone who starts the app inject code into main.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar's header hash is checked at start (macOS and Windows; electron-builder 26 embeds the
  // hash in Info.plist or the .exe's resources), and only app.asar is ever loaded as the app.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // Stays on: the window is loaded from file:// (src/main/paths.ts rendererUrl), and its module
  // scripts and workers are file: URLs that Chromium refuses without these privileges. Serving
  // the window from a custom protocol instead would let this fuse go off.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: true
}

/** The file @electron/fuses patches: the .app on macOS, else the executable, as electron-builder names them. */
export function packagedBinary(context) {
  const { appOutDir, electronPlatformName, packager } = context
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${packager.appInfo.productFilename}.app`)
    case 'win32':
      return join(appOutDir, `${packager.appInfo.productFilename}.exe`)
    default:
      return join(appOutDir, packager.executableName)
  }
}

/** Names of the fuses whose state in the binary differs from postcloudFuses. */
export async function fusesNotSet(binary) {
  const wire = await getCurrentFuseWire(binary)
  return Object.entries(postcloudFuses)
    .filter(([index, on]) => wire[index] !== (on ? FuseState.ENABLE : FuseState.DISABLE))
    .map(([index]) => FuseV1Options[index])
}

export default async function afterPack(context) {
  const binary = packagedBinary(context)
  const darwin = ['darwin', 'mas'].includes(context.electronPlatformName)
  await flipFuses(binary, {
    version: FuseVersion.V1,
    // An arm64 macOS binary whose bytes changed after its ad-hoc signature no longer starts.
    resetAdHocDarwinSignature: darwin && [Arch.arm64, Arch.universal].includes(context.arch),
    ...postcloudFuses
  })
  const wrong = await fusesNotSet(binary)
  if (wrong.length > 0) throw new Error(`Fuses not set in ${binary}: ${wrong.join(', ')}`)
  console.log(`  • fuses set in ${binary}`)
}
