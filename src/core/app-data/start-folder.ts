import type { PostcloudApi } from '@shared/contract'
import type { FolderInfo } from '@shared/folder'
import { ensureSampleFolder } from './sample-folder'

/**
 * The folder a host opens at start: the last one opened, else the bundled sample posts (also
 * when the last folder was moved or deleted since).
 */
export async function openStartFolder(
  api: PostcloudApi,
  resourcesDir: string,
  dataDir: string
): Promise<FolderInfo> {
  const [last] = await api.recentFolders()
  if (last) {
    try {
      return await api.openFolder(last)
    } catch {
      // Gone or unreadable: fall through to the samples rather than start with nothing.
    }
  }
  return api.openFolder(await ensureSampleFolder(resourcesDir, dataDir))
}
