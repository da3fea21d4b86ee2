/** The file name of a post id (`_posts/2025-11-11-report.md` -> `2025-11-11-report.md`). */
export function baseName(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1)
}

/** A post's title from its file name alone: `2025-11-11-report.md` -> `2025-11-11-report`. */
export function fileTitle(id: string): string {
  return baseName(id).replace(/\.(?:md|markdown)$/i, '')
}
