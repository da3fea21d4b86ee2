import { useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import type { ListedPost } from '@shared/posts/filter'
import { useI18n } from '../../i18n/I18nContext'
import { PostRow } from './PostRow'
import { useVirtualRows } from './useVirtualRows'

interface Props {
  rows: ListedPost[]
  selected: string | null
  dirtyIds: ReadonlySet<string>
  onOpen(id: string): void
  onRename(id: string): void
  onDelete(id: string): void
}

const rowHeight = 54

/**
 * The folder's posts as a listbox: virtualised, so 10,000 posts scroll smoothly, and driven by the
 * keyboard (arrows, Home/End, Enter to open, F2 to rename, Delete to delete).
 */
export function PostList({
  rows,
  selected,
  dirtyIds,
  onOpen,
  onRename,
  onDelete
}: Props): React.JSX.Element {
  const { t } = useI18n()
  const container = useRef<HTMLDivElement>(null)
  const { start, end, onScroll } = useVirtualRows(container, rows.length, rowHeight)
  // The keyboard cursor is a post, not an index, so it stays put when the list changes under it;
  // until the writer moves it, it sits on the open post.
  const [cursor, setCursor] = useState<string | null>(null)
  const indexOf = (id: string | null): number =>
    id === null ? -1 : rows.findIndex((row) => row.post.id === id)
  const activeIndex = Math.max(0, indexOf(cursor) >= 0 ? indexOf(cursor) : indexOf(selected))

  const moveTo = (index: number): void => {
    const next = Math.max(0, Math.min(rows.length - 1, index))
    setCursor(rows[next]?.post.id ?? null)
    const element = container.current
    if (!element) return
    const top = next * rowHeight
    if (top < element.scrollTop) element.scrollTop = top
    else if (top + rowHeight > element.scrollTop + element.clientHeight)
      element.scrollTop = top + rowHeight - element.clientHeight
  }

  const onKeyDown = (event: KeyboardEvent): void => {
    const page = Math.max(1, Math.floor((container.current?.clientHeight ?? 0) / rowHeight))
    const current = rows[activeIndex]?.post.id
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(activeIndex + 1),
      ArrowUp: () => moveTo(activeIndex - 1),
      PageDown: () => moveTo(activeIndex + page),
      PageUp: () => moveTo(activeIndex - page),
      Home: () => moveTo(0),
      End: () => moveTo(rows.length - 1),
      Enter: () => current && onOpen(current),
      F2: () => current && onRename(current),
      Delete: () => current && onDelete(current)
    }
    const action = keys[event.key]
    if (action) {
      event.preventDefault()
      action()
    }
  }

  return (
    <div
      ref={container}
      className="post-list"
      data-testid="post-list"
      role="listbox"
      tabIndex={0}
      aria-label={t('posts.list')}
      aria-activedescendant={
        rows.length > 0 && activeIndex >= start && activeIndex < end
          ? `post-row-${activeIndex}`
          : undefined
      }
      onScroll={onScroll}
      onKeyDown={onKeyDown}
    >
      <div className="post-list-space" style={{ height: rows.length * rowHeight }}>
        {rows.slice(start, end).map((row, offset) => {
          const index = start + offset
          return (
            <PostRow
              key={row.post.id}
              row={row}
              index={index}
              top={index * rowHeight}
              height={rowHeight}
              selected={row.post.id === selected}
              active={index === activeIndex}
              dirty={dirtyIds.has(row.post.id)}
              onOpen={(id) => {
                setCursor(id)
                onOpen(id)
              }}
            />
          )
        })}
      </div>
      {rows.length === 0 && <p className="empty">{t('posts.empty')}</p>}
    </div>
  )
}
