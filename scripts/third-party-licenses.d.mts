/** Types of third-party-licenses.mjs, for its tests. */
export interface PackageLicence {
  name: string
  version: string
  licence: string
  repository: string | null
  /** Relative to the root, with `/`. */
  dir: string
  licenceFiles: string[]
}

export declare const noticePath: string
export declare function findPackageDir(
  name: string,
  fromDir: string,
  rootDir: string
): string | null
export declare function productionPackages(rootDir?: string): PackageLicence[]
export declare function renderNotice(packages: PackageLicence[], rootDir?: string): string
