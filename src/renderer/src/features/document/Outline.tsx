import { useEffect, useMemo, useRef } from 'react'
import { headingAt, parseHeadings, sameHeadings } from '@shared/document/headings'
import { outlineTree } from '@shared/document/outline'
import type { OutlineNode } from '@shared/document/outline'
import { useI18n } from '../../i18n/I18nContext'
import { useDeferredCompute } from './useDeferredCompute'
import './document.css'

export interface OutlineProps {
  /** The editor buffer, the whole file. */
  source: string
  /** 0-based line of the editor's cursor (or top visible line); null when unknown. */
  activeLine: number | null
  /** Called with the 0-based source line of a heading the writer picked. */
  onJump(line: number): void
}

/**
 * The post's headings as a nested list (shared/document/headings.ts decides what a heading is).
 * Each heading is a button: click, Enter or Space jumps to it; Up and Down move between them. The
 * heading the active line is under is marked as the current location. Heading text is rendered as
 * text, never as HTML.
 */
export function Outline({ source, activeLine, onJump }: OutlineProps): React.JSX.Element {
  const { t } = useI18n()
  const headings = useDeferredCompute(source, parseHeadings, 150, sameHeadings).value
  const tree = useMemo(() => outlineTree(headings), [headings])
  const active = activeLine === null ? -1 : headingAt(headings, activeLine)
  const activeButton = useRef<HTMLButtonElement | null>(null)

  useEffect(() => {
    // Keep the current heading in view as the writer scrolls the editor, without moving focus.
    activeButton.current?.scrollIntoView?.({ block: 'nearest' })
  }, [active])

  // A post can have thousands of headings: the list is rebuilt only when they or the current one
  // change, not on every keystroke that re-renders the window.
  const list = useMemo(() => {
    const renderNodes = (nodes: OutlineNode[]): React.JSX.Element => (
      <ul className="outline-list">
        {nodes.map((node) => {
          const { heading, index } = node
          const current = index === active
          return (
            <li key={index}>
              <button
                type="button"
                className="outline-item"
                data-testid="outline-item"
                data-level={heading.level}
                aria-current={current ? 'location' : undefined}
                aria-label={t('document.jumpTo', { title: heading.text, line: heading.line + 1 })}
                title={heading.text}
                ref={current ? activeButton : undefined}
                onClick={() => onJump(heading.line)}
              >
                {heading.text}
              </button>
              {node.children.length > 0 && renderNodes(node.children)}
            </li>
          )
        })}
      </ul>
    )

    return renderNodes(tree)
  }, [tree, active, t, onJump])

  const moveFocus = (event: React.KeyboardEvent<HTMLElement>): void => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')]
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement)
    const next = buttons[at + (event.key === 'ArrowDown' ? 1 : -1)]
    if (!next) return
    event.preventDefault()
    next.focus()
  }

  return (
    <nav
      className="outline"
      data-testid="outline"
      aria-label={t('document.outline')}
      onKeyDown={moveFocus}
    >
      {tree.length === 0 ? <p className="outline-empty">{t('document.outlineEmpty')}</p> : list}
    </nav>
  )
}
