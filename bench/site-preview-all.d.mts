/** Types of site-preview-all.mjs's exports, for the TypeScript benchmarks (bench/site-model.ts). */
export interface GeneratedSite {
  /** Folder-relative id of the long report, or null when none was asked for. */
  reportId: string | null
  reportText: string | null
  posts: number
  bytes: number
}

export declare function generateSite(
  folder: string,
  options?: { posts?: number; reportBytes?: number; postBytes?: [number, number]; seed?: number }
): GeneratedSite
