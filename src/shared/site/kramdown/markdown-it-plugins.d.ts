// markdown-it-deflist and markdown-it-abbr ship no types; each exports one plugin function.
declare module 'markdown-it-deflist' {
  import type { MarkdownIt } from 'markdown-it'

  export default function deflist(md: MarkdownIt): void
}

declare module 'markdown-it-abbr' {
  import type { MarkdownIt } from 'markdown-it'

  export default function abbr(md: MarkdownIt): void
}
