import { useMemo, useState } from 'react'
import type { PostSummary } from '@shared/post'
import { useI18n } from '../../i18n/I18nContext'
import { Picker } from '../../ui/Picker'

interface Props {
  posts: PostSummary[]
  onOpen(id: string): void
  onClose(): void
}

const shown = 50

/** Ctrl/Cmd+P: jump to a post by typing part of its title or file name. */
export function QuickOpen({ posts, onOpen, onClose }: Props): React.JSX.Element {
  const { t } = useI18n()
  const [query, setQuery] = useState('')
  const items = useMemo(() => {
    const folded = query.trim().normalize('NFKC').toLowerCase()
    const found = folded
      ? posts.filter((post) =>
          `${post.title}\n${post.id}`.normalize('NFKC').toLowerCase().includes(folded)
        )
      : posts
    return found
      .filter((post) => post.unreadable === undefined)
      .slice(0, shown)
      .map((post) => ({ key: post.id, label: post.title, hint: post.id }))
  }, [posts, query])
  return (
    <Picker
      title={t('app.quickOpenTitle')}
      testId="quick-open"
      placeholder={t('app.quickOpenPlaceholder')}
      items={items}
      query={query}
      onQuery={setQuery}
      onChoose={(item) => {
        onOpen(item.key)
        onClose()
      }}
      onClose={onClose}
    />
  )
}
