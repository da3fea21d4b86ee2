/** Types of after-pack.mjs, for its tests. */
import type { FuseV1Options } from '@electron/fuses'

/** What the hook reads of electron-builder's AfterPackContext. */
export interface PackContext {
  appOutDir: string
  electronPlatformName: string
  arch: number
  packager: { appInfo: { productFilename: string }; executableName?: string }
}

export declare const postcloudFuses: Partial<Record<FuseV1Options, boolean>>
export declare function packagedBinary(context: PackContext): string
export declare function fusesNotSet(binary: string): Promise<string[]>
export default function afterPack(context: PackContext): Promise<void>
