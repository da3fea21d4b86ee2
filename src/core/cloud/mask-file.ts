import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { maxFileNameBytes, safeStem } from '@shared/cloud/file-name'
import { invalidArgument, reasonedError } from '@shared/error-reasons'
import { decodeBase64Image, detectFormat } from '../assets/image-bytes'
import { fileSha256 } from '../assets/written-manifest'
import { tempPathFor, writeFileAtomic } from '../library/atomic-write'
import { resolveInside } from '../library/confine'
import { errnoCode, fsError } from '../library/fs-errors'
import { moveFileNoClobber } from '../library/move-file'
import { sha256Hex } from '../library/stamp'
import { withCloudFiles } from './folder-lock'

/** Where masks live: shared with the team like the rest of `.postcloud/`, skipped by Jekyll. */
export const masksDir = '.postcloud/masks'

/** A silhouette needs no more; a larger file is almost surely not one. */
export const maxMaskBytes = 10 * 1024 * 1024

const maxTries = 999

/**
 * Saves a PNG silhouette under `.postcloud/masks/` and returns its folder-relative path. The name
 * comes from the writer's file name made safe; a file of that name is never replaced (`name-2.png`
 * and so on), except that the very same bytes already saved are reused instead of copied again.
 */
export async function saveCloudMask(
  folder: string,
  fileName: string,
  imageBase64: string
): Promise<string> {
  const bytes = decodeBase64Image(imageBase64, maxMaskBytes, 'The mask image')
  if (detectFormat(bytes) !== 'png')
    throw invalidArgument('maskNotPng', 'A mask must be a PNG image.')
  const base = fileName.split(/[/\\]/).pop() ?? ''
  const stem = safeStem(base.replace(/\.png$/i, ''), maxFileNameBytes - '-999.png'.length)
  const hash = sha256Hex(bytes)
  return withCloudFiles(folder, async () => {
    const dir = await resolveInside(folder, masksDir)
    try {
      await mkdir(dir, { recursive: true })
    } catch (error) {
      throw fsError(error, masksDir, 'create the folder')
    }
    // Written once to a temp file, then linked under the first free name: no name is ever replaced.
    const temp = tempPathFor(join(dir, `${stem}.png`))
    await writeFileAtomic(temp, bytes, { label: `${masksDir}/${stem}.png` })
    try {
      for (let n = 1; n <= maxTries; n++) {
        const name = n === 1 ? `${stem}.png` : `${stem}-${n}.png`
        const id = `${masksDir}/${name}`
        const target = await resolveInside(folder, id)
        if (await moveFileNoClobber(temp, target).catch(moveError(id))) return id
        if (await sameBytes(target, hash)) return id
      }
    } finally {
      await rm(temp, { force: true }).catch(() => undefined)
    }
    const tried = `${stem}-N.png`
    throw reasonedError(
      'EXISTS',
      'noFreeName',
      `No free name like "${tried}" was found in ${masksDir}.`,
      {
        name: tried
      }
    )
  })
}

async function sameBytes(path: string, hash: string): Promise<boolean> {
  try {
    return (await fileSha256(path)) === hash
  } catch (error) {
    // A folder or an unreadable file of that name is simply taken.
    if (errnoCode(error) === 'EISDIR' || errnoCode(error) === 'EACCES') return false
    throw error
  }
}

function moveError(id: string): (error: unknown) => never {
  return (error) => {
    throw fsError(error, id, 'save')
  }
}
