import { findCloudLink } from '@shared/cloud/link'
import { PostcloudError } from '@shared/errors'
import type { Post } from '@shared/post'
import { bodyOffset } from '../assets/cloud-target'
import type { PostStore } from '../assets/post-store'
import { cloudStatus } from '../cloud/cloud-status'
import type { CloudStateReason } from '../cloud/cloud-status'
import type { CloudSettingsView } from '../cloud/cloud-settings'
import { positionAt } from './position'
import { finding } from './types'
import type { PostFinding } from './types'

/** Why a cloud counts as stale; an image the writer replaced is theirs, not out of date. */
const staleBecause: Partial<Record<CloudStateReason, string>> = {
  'text-changed': "the post's text changed since the cloud was drawn",
  'options-changed': "the post's cloud options changed since the cloud was drawn",
  'no-source': 'Postcloud did not record what the cloud was drawn from'
}

/**
 * `no-cloud-link` when the post links no word cloud (the link rules of shared/cloud/link.ts), and
 * `stale-cloud` when it links one that `cloudStatus` finds stale — the same test
 * `postcloud cloud --all` redraws by.
 */
export async function cloudFindings(
  post: Post,
  store: PostStore,
  settings: CloudSettingsView
): Promise<PostFinding[]> {
  const link = findCloudLink(post.raw, bodyOffset(post))
  if (!link) return [finding('no-cloud-link', 'No word cloud linked (## 词云分析 / ![词云图](…))')]
  // The post is in hand: the status must not read it again.
  const samePost: PostStore = {
    info: () => store.info(),
    resolve: (id) => store.resolve(id),
    read: (id) => (id === post.id ? Promise.resolve(post) : store.read(id)),
    save: (id, raw, expected) => store.save(id, raw, expected)
  }
  let reason: CloudStateReason | null
  try {
    const status = await cloudStatus(samePost, post.id, { settings })
    reason = status.state === 'stale' ? status.reason : null
  } catch (error) {
    // A cloud link out of the folder or to a remote image: the image rules report it.
    if (error instanceof PostcloudError) return []
    throw error
  }
  const why = reason === null ? undefined : staleBecause[reason]
  if (!why) return []
  return [
    finding(
      'stale-cloud',
      `The word cloud ${link.target} is out of date: ${why} (postcloud cloud --all redraws it)`,
      positionAt(post.raw, link.start)
    )
  ]
}
