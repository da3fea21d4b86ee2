import { useState } from 'react'
import { Dialog } from './Dialog'

export interface PickerItem {
  key: string
  label: string
  /** Shown dimmed at the end of the row: a shortcut, a file name. */
  hint?: string
}

interface Props<T extends PickerItem> {
  title: string
  testId: string
  placeholder: string
  /** The items matching `query`, in the order shown. */
  items: T[]
  query: string
  onQuery(query: string): void
  onChoose(item: T): void
  onClose(): void
  /** Said under the empty list; nothing when omitted. */
  emptyText?: string
}

/**
 * A dialog that filters a list as the writer types (Go to Post, the command palette): the arrow
 * keys move, Enter chooses, a click chooses, Escape closes. The input is a combobox that owns
 * the listbox, so a screen reader announces the highlighted row.
 */
export function Picker<T extends PickerItem>(props: Props<T>): React.JSX.Element {
  const { items, onChoose } = props
  const [active, setActive] = useState(0)
  const listId = `${props.testId}-list`
  const rowId = (index: number): string => `${props.testId}-${index}`
  const choose = (index: number): void => {
    const item = items[index]
    if (item) onChoose(item)
  }
  return (
    <Dialog title={props.title} testId={props.testId} onClose={props.onClose}>
      <input
        autoFocus
        className="picker-input"
        role="combobox"
        aria-expanded="true"
        aria-label={props.title}
        aria-controls={listId}
        aria-activedescendant={items[active] ? rowId(active) : undefined}
        placeholder={props.placeholder}
        value={props.query}
        onChange={(event) => {
          props.onQuery(event.target.value)
          setActive(0)
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') setActive((index) => Math.min(items.length - 1, index + 1))
          else if (event.key === 'ArrowUp') setActive((index) => Math.max(0, index - 1))
          // Enter that ends an IME composition (pinyin) picks the characters, not a row.
          else if (event.key === 'Enter' && !event.nativeEvent.isComposing) choose(active)
          else return
          event.preventDefault()
        }}
      />
      <ul id={listId} role="listbox" aria-label={props.title} className="picker-list">
        {items.map((item, index) => (
          <li
            key={item.key}
            id={rowId(index)}
            role="option"
            aria-selected={index === active}
            data-key={item.key}
            onClick={() => choose(index)}
          >
            <span>{item.label}</span>
            {item.hint && <span className="hint">{item.hint}</span>}
          </li>
        ))}
      </ul>
      {items.length === 0 && props.emptyText && <p className="hint">{props.emptyText}</p>}
    </Dialog>
  )
}
