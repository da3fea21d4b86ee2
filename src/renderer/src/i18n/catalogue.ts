import { aboutMessages } from '../features/about/messages'
import { appMessages } from '../app/messages'
import { errorMessages } from '../app/errorMessages'
import { commandsMessages } from '../commands/messages'
import { documentMessages } from '../features/document/messages'
import { editorMessages } from '../features/editor/messages'
import { frontMatterMessages } from '../features/frontmatter/messages'
import { historyMessages } from '../features/history/messages'
import { postsMessages } from '../features/posts/messages'
import { previewMessages } from '../features/preview/messages'
import { recoveryMessages } from '../features/recovery/messages'
import { settingsMessages } from '../features/settings/messages'
import { siteMessages } from '../features/site/messages'
import { wordcloudMessages } from '../features/wordcloud/messages'
import type { Locale } from './types'

/**
 * Every feature's strings merged into one table per language. Each feature owns a `messages.ts`;
 * keys are namespaced by feature (`posts.`, `editor.`, …) so they never collide.
 */
const features = [
  appMessages,
  errorMessages,
  commandsMessages,
  postsMessages,
  editorMessages,
  previewMessages,
  frontMatterMessages,
  documentMessages,
  settingsMessages,
  wordcloudMessages,
  siteMessages,
  recoveryMessages,
  historyMessages,
  aboutMessages
] as const

type KeysOf<T> = T extends { en: Record<infer K, string> } ? K : never
export type MessageKey = KeysOf<(typeof features)[number]>

export const catalogue: Record<Locale, Record<MessageKey, string>> = {
  en: Object.assign({}, ...features.map((feature) => feature.en)),
  'zh-CN': Object.assign({}, ...features.map((feature) => feature['zh-CN']))
}
