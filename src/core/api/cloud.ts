import type { PostcloudApi } from '@shared/contract'
import { checkTextSize } from '../analysis'
import { exportCloud } from '../assets'
import {
  addFolderWords,
  getCloudSettings,
  saveCloudMask,
  updateCloudOptions,
  updateFolderCloudSettings
} from '../cloud'
import type { CoreContext } from './context'

type CloudMethods = Pick<
  PostcloudApi,
  | 'analyzeText'
  | 'termSuggestions'
  | 'exportCloud'
  | 'getCloudSettings'
  | 'updateCloudOptions'
  | 'updateFolderCloudSettings'
  | 'addFolderWords'
  | 'saveCloudMask'
>

/** Word counts and word clouds: the analysis, the folder's cloud settings and word lists, exports. */
export function cloudMethods(ctx: CoreContext): CloudMethods {
  const { analyzer } = ctx.options
  return {
    async analyzeText(text, analyzeOptions) {
      const postId = analyzeOptions?.postId
      if (postId === undefined) return analyzer.analyzeText(text, analyzeOptions)
      // The post must be one of the open folder's: its series and rules are that folder's.
      checkTextSize(text)
      await ctx.open().resolve(postId)
      return ctx.words().analyzePost(postId, text, analyzeOptions)
    },
    async termSuggestions() {
      return ctx.words().suggestions()
    },
    async exportCloud(id, imageBase64, exportOptions) {
      return exportCloud(ctx.open(), id, imageBase64, exportOptions ?? {})
    },
    async getCloudSettings(id) {
      return getCloudSettings(ctx.open(), id)
    },
    async updateCloudOptions(id, changes) {
      return updateCloudOptions(ctx.open(), id, changes)
    },
    async updateFolderCloudSettings(changes) {
      return updateFolderCloudSettings(ctx.open(), changes)
    },
    async addFolderWords(list, words) {
      const folder = ctx.open().info().path
      await addFolderWords(folder, list, words)
      // Re-reads the folder's lists; a changed user dictionary restarts the segmenting workers.
      await analyzer.setFolder(folder)
    },
    async saveCloudMask(fileName, imageBase64) {
      return saveCloudMask(ctx.open().info().path, fileName, imageBase64)
    }
  }
}
