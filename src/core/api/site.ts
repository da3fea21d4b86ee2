import type { PostcloudApi } from '@shared/contract'
import { PostcloudError } from '@shared/errors'
import type { FolderImage } from '../assets'
import { readSiteAsset } from '../site/site-assets'
import type { CoreContext } from './context'

interface SiteMethods extends Pick<PostcloudApi, 'renderSitePage'> {
  readAsset(path: string): Promise<FolderImage>
}

/** The Site view: a post rendered as its Jekyll site publishes it, and the files its page loads. */
export function siteMethods(ctx: CoreContext): SiteMethods {
  return {
    async renderSitePage(id, text) {
      // Confines the id like every other method: a page outside the folder is never rendered.
      await ctx.open().resolve(id)
      const site = ctx.site
      if (!site) throw new PostcloudError('NO_FOLDER', 'No folder is open.')
      return site.page(id, text, { sourceLines: true })
    },
    async readAsset(path) {
      return readSiteAsset(ctx.open(), ctx.site, path)
    }
  }
}
