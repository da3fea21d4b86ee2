import { defineMessages } from '../../i18n/types'

/** Strings of the front matter form. Keys start with `frontmatter.`. */
export const frontMatterMessages = defineMessages({
  en: {},
  'zh-CN': {}
})
