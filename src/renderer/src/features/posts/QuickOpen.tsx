import { useMemo, useState } from 'react'
import type { PostSummary } from '@shared/post'
import { useI18n } from '../../i18n/I18nContext'
import { Dialog } from '../../ui/Dialog'

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
  const [active, setActive] = useState(0)
  const matches = useMemo(() => {
    const folded = query.trim().normalize('NFKC').toLowerCase()
    const found = folded
      ? posts.filter((post) =>
          `${post.title}\n${post.id}`.normalize('NFKC').toLowerCase().includes(folded)
        )
      : posts
    return found.filter((post) => post.unreadable === undefined).slice(0, shown)
  }, [posts, query])
  const choose = (index: number): void => {
    const post = matches[index]
    if (post) {
      onOpen(post.id)
      onClose()
    }
  }
  return (
    <Dialog title={t('app.quickOpenTitle')} testId="quick-open" onClose={onClose}>
      <input
        autoFocus
        className="picker-input"
        aria-label={t('app.quickOpenTitle')}
        aria-controls="quick-open-list"
        aria-activedescendant={matches[active] ? `quick-${active}` : undefined}
        placeholder={t('app.quickOpenPlaceholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value)
          setActive(0)
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown')
            setActive((index) => Math.min(matches.length - 1, index + 1))
          else if (event.key === 'ArrowUp') setActive((index) => Math.max(0, index - 1))
          else if (event.key === 'Enter') choose(active)
          else return
          event.preventDefault()
        }}
      />
      <ul id="quick-open-list" role="listbox" className="picker-list">
        {matches.map((post, index) => (
          <li
            key={post.id}
            id={`quick-${index}`}
            role="option"
            aria-selected={index === active}
            onClick={() => choose(index)}
          >
            <span>{post.title}</span>
            <span className="hint">{post.id}</span>
          </li>
        ))}
      </ul>
    </Dialog>
  )
}
