import type { PostSummary } from '../../../../shared/post'

interface Props {
  posts: PostSummary[]
  selected: string | null
  onOpen: (id: string) => void
}

/** The folder's posts, newest first, as the back end sorted them. */
export function PostList({ posts, selected, onOpen }: Props): React.JSX.Element {
  return (
    <ul className="post-list" data-testid="post-list" aria-label="Posts">
      {posts.map((post) => (
        <li key={post.id}>
          <button
            type="button"
            data-testid="post-item"
            aria-current={post.id === selected}
            disabled={post.unreadable !== undefined}
            onClick={() => onOpen(post.id)}
          >
            <span className="title">{post.title}</span>
            <span className="date">{post.date ?? ''}</span>
          </button>
        </li>
      ))}
    </ul>
  )
}
