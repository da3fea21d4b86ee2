import { realpath } from 'node:fs/promises'
import { dirname, relative, resolve, sep } from 'node:path'
import { fsError } from '@core/library/fs-errors'
import { settingsRoot } from './settings-root'

/**
 * Where a post named on the command line belongs: the folder the window would open for its real
 * file (through symbolic links), and its id there. Light on purpose (no YAML, no library): a
 * command can start its slow work (jieba) before it loads the rest.
 */
export async function locatePost(path: string): Promise<{ folder: string; id: string }> {
  const absolute = resolve(path)
  let real: string
  try {
    real = await realpath(absolute)
  } catch (error) {
    throw fsError(error, absolute, 'read')
  }
  const folder = await settingsRoot(dirname(real))
  return { folder, id: relative(folder, real).split(sep).join('/') }
}
