import { writePost } from '../disk'
import { sentinel } from './harness'
import { run } from './payload-row'

/** A post whose front matter title and headings are HTML (docs/BAD-INPUTS.md#bi-preview-15). */
export interface TitlePayloadPost {
  id: string
  /** The front matter `title`, exactly as the list, the window title and the header must show it. */
  title: string
  /** ATX headings of the body (without the `#`s), as the outline must show them. */
  headings: string[]
  /** A query the post-list search finds in this post (title and body). */
  search: string
}

/**
 * The headings' payloads only ask for `/pwned/<id>`: the outline drops Markdown emphasis marks,
 * `__` included, so `top.__pwned` would not read back as written.
 */
function fetchOnly(id: string): string {
  return `fetch('${sentinel.path}/${id}')`
}

export const titleRow: { row: number; title: string; posts: TitlePayloadPost[] } = {
  row: 15,
  title: 'HTML in a heading and in the front matter title: shown as text everywhere',
  posts: [
    {
      id: '_posts/2025-12-21-payloads-row-15-img.md',
      title: `<img src=x onerror="${run('15a')}">`,
      headings: [
        `</title><script>${fetchOnly('15b')}</script>`,
        `<svg onload="${fetchOnly('15c')}"> heading`
      ],
      search: "__pwned='15a'"
    },
    {
      id: '_posts/2025-12-21-payloads-row-15-title.md',
      title: `</title><script>${run('15d')}</script><b>bold?</b>`,
      headings: [
        `<img src=x onerror="${fetchOnly('15e')}"> heading`,
        `<a href="javascript:${fetchOnly('15f')}">x</a>`
      ],
      search: "__pwned='15d'"
    }
  ]
}

/** The post's text: the title as a YAML double-quoted string (JSON is valid YAML), then headings. */
export function titlePostText(post: TitlePayloadPost): string {
  return [
    '---',
    `title: ${JSON.stringify(post.title)}`,
    'date: "2025-12-21 09:00:00 +0800"',
    '---',
    '',
    ...post.headings.flatMap((heading, index) => [
      `${'#'.repeat(index + 2)} ${heading}`,
      '',
      'Text.',
      ''
    ]),
    `end of ${post.id}`,
    ''
  ].join('\n')
}

export async function seedTitlePosts(folder: string): Promise<void> {
  for (const post of titleRow.posts) await writePost(folder, post.id, titlePostText(post))
}
