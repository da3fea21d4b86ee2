import { lstat, mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { writeFileAtomic } from '@core/library/atomic-write'
import { PostcloudError } from '@shared/errors'

/**
 * `--out FILE`: a file the writer named, possibly outside any posts folder, where Postcloud has no
 * record of what it wrote. So an existing file is never replaced: the command stops with the reason.
 */
export async function writeOutFile(path: string, bytes: Uint8Array): Promise<void> {
  if (await exists(path)) {
    throw new PostcloudError(
      'EXISTS',
      `${path} already exists; Postcloud does not overwrite a file given with --out. Remove it or choose another name.`
    )
  }
  await mkdir(dirname(path), { recursive: true })
  await writeFileAtomic(path, bytes, { label: path })
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path)
    return true
  } catch {
    return false
  }
}
