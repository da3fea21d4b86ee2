import { defineMessages } from '../../i18n/types'

/** Strings of the post list, search, filters and the new, rename and delete dialogs. Keys start with `posts.`. */
export const postsMessages = defineMessages({
  en: {},
  'zh-CN': {}
})
