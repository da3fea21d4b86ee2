import type { PostcloudApi } from '@shared/contract'
import { saveImage } from '../assets'
import { followRename } from '../cloud'
import type { CoreContext } from './context'

type PostMethods = Pick<
  PostcloudApi,
  | 'listPosts'
  | 'readPost'
  | 'savePost'
  | 'convertToUtf8'
  | 'listTemplates'
  | 'createPost'
  | 'updateFrontMatter'
  | 'renamePost'
  | 'searchPosts'
  | 'saveImage'
>

/** The posts of the open folder: reading, writing (through OpenFolder, keeping history), naming. */
export function postMethods(ctx: CoreContext): PostMethods {
  const { history, recoveryLog } = ctx
  return {
    async listPosts() {
      return ctx.open().list()
    },
    async readPost(id) {
      return ctx.open().read(id)
    },
    async savePost(id, raw, expected) {
      return ctx.openFolder().save(id, raw, expected)
    },
    async convertToUtf8(id, expected) {
      return ctx.openFolder().convertToUtf8(id, expected)
    },
    async listTemplates() {
      return ctx.open().templates()
    },
    async createPost(input) {
      return ctx.open().create(input)
    },
    async updateFrontMatter(id, changes, expected) {
      return ctx.openFolder().updateFrontMatter(id, changes, expected)
    },
    async renamePost(id, fileName) {
      const current = ctx.open()
      const renamed = await current.rename(id, fileName)
      if (renamed.id === id) return renamed
      // Renames are not versions: the history follows the post, and a failure only costs history.
      await history.move(ctx.libraryReal, id, renamed.id).catch((error: unknown) => {
        recoveryLog.error(`Could not move the history of "${id}"`, error)
      })
      // The post is renamed whatever happens to its cloud, so that answer must stand; the cloud
      // stays where the post links it when following fails.
      const stamp = await followRename(current, id, renamed.id).catch(() => null)
      return stamp ? { id: renamed.id, stamp } : renamed
    },
    async searchPosts(query) {
      return ctx.open().search(query)
    },
    async saveImage(postId, imageBase64, fileName) {
      return saveImage(ctx.open(), postId, imageBase64, fileName)
    }
  }
}
