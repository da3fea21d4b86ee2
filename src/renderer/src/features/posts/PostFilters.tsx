import type { PostFilter } from '@shared/posts/filter'
import { useI18n } from '../../i18n/I18nContext'

interface Props {
  query: string
  onQuery(query: string): void
  filter: PostFilter
  onFilter(filter: PostFilter): void
  categories: string[]
  tags: string[]
}

/** The search box and the category and tag filters above the list. */
export function PostFilters({
  query,
  onQuery,
  filter,
  onFilter,
  categories,
  tags
}: Props): React.JSX.Element {
  const { t } = useI18n()
  return (
    <div className="post-filters">
      <input
        type="search"
        data-testid="post-search"
        className="search"
        placeholder={t('posts.searchPlaceholder')}
        aria-label={t('posts.search')}
        value={query}
        onChange={(event) => onQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onQuery('')
        }}
      />
      <div className="filter-row">
        <select
          aria-label={t('posts.category')}
          value={filter.category ?? ''}
          onChange={(event) => onFilter({ ...filter, category: event.target.value || null })}
        >
          <option value="">{t('posts.allCategories')}</option>
          {categories.map((category) => (
            <option key={category} value={category}>
              {category}
            </option>
          ))}
        </select>
        <select
          aria-label={t('posts.tag')}
          value={filter.tag ?? ''}
          onChange={(event) => onFilter({ ...filter, tag: event.target.value || null })}
        >
          <option value="">{t('posts.allTags')}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </div>
    </div>
  )
}
