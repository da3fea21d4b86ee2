import type { ListedPost } from '@shared/posts/filter'
import { useI18n } from '../../i18n/I18nContext'
import { SnippetText } from './SnippetText'

interface Props {
  row: ListedPost
  index: number
  top: number
  height: number
  selected: boolean
  active: boolean
  dirty: boolean
  onOpen(id: string): void
}

/** One post in the list: title, date, badges and, while searching, where the query was found. */
export function PostRow({
  row,
  index,
  top,
  height,
  selected,
  active,
  dirty,
  onOpen
}: Props): React.JSX.Element {
  const { t } = useI18n()
  const { post, hit } = row
  const unreadable = post.unreadable
  return (
    <div
      id={`post-row-${index}`}
      role="option"
      aria-selected={selected}
      aria-disabled={unreadable !== undefined}
      data-testid="post-item"
      data-id={post.id}
      className={`post-row${active ? ' active' : ''}${selected ? ' selected' : ''}`}
      style={{ top, height }}
      title={post.id}
      onClick={() => unreadable === undefined && onOpen(post.id)}
    >
      <span className="post-row-title">
        {dirty && (
          <span className="dirty-mark" aria-label={t('posts.unsaved')} title={t('posts.unsaved')}>
            ●
          </span>
        )}
        <span className="post-title-text">{post.title}</span>
      </span>
      <span className="post-row-meta">
        {hit ? (
          <SnippetText snippet={hit.snippet} marks={hit.marks} />
        ) : (
          <span className="date">{post.date ?? ''}</span>
        )}
        {post.draft && <span className="badge">{t('posts.draft')}</span>}
        {post.encoding === 'gb18030' && (
          <span className="badge" title={t('posts.gb18030Hint')}>
            {t('posts.gb18030')}
          </span>
        )}
        {unreadable && (
          <span className="badge badge-error">{t(`posts.unreadable.${unreadable}`)}</span>
        )}
      </span>
    </div>
  )
}
