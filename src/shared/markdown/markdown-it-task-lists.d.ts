// The package ships no types; this is the one function it exports.
declare module 'markdown-it-task-lists' {
  import type { MarkdownIt } from 'markdown-it'

  interface TaskListOptions {
    /** Checkboxes the reader can toggle; off means `disabled`. */
    enabled?: boolean
    label?: boolean
    labelAfter?: boolean
  }

  export default function taskLists(md: MarkdownIt, options?: TaskListOptions): void
}
