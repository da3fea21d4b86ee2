import { useMemo, useState } from 'react'
import type { Emphasis } from '@shared/analysis'
import type { CloudWord } from '@shared/cloud/cloud-words'
import { useI18n } from '../../i18n/I18nContext'
import { joinParts } from './term-parts'
import type { WordActions } from './useWordActions'
import { WordEditor } from './WordEditor'

interface Props {
  words: CloudWord[]
  /** The parts of each compound term of the list (具身智能: 具身, 智能). */
  parts: ReadonlyMap<string, readonly string[]>
  emphasis: Emphasis
  actions: WordActions
}

type Column = 'word' | 'count' | 'weight' | 'score'

const collator = new Intl.Collator('zh-CN')

/**
 * The cloud's words with their count and weight (and score, when words are sized by how
 * distinctive they are), in the cloud's own order until a column is chosen. Each row can exclude
 * its word, open an editor to merge or rename it, and split a compound term back into its parts;
 * all of these change the folder's settings.
 */
export function WordList({ words, parts, emphasis, actions }: Props): React.JSX.Element {
  const { t } = useI18n()
  // Null: the cloud's order (score, count, weight, word), which is the emphasis column's.
  const [sort, setSort] = useState<{ column: Column; descending: boolean } | null>(null)
  const [editing, setEditing] = useState<string | null>(null)
  const distinctive = emphasis === 'distinctive'
  const shown = sort ?? { column: distinctive ? 'score' : 'count', descending: true }

  const sorted = useMemo(() => {
    if (!sort) return words
    const compare = (a: CloudWord, b: CloudWord): number =>
      sort.column === 'word' ? collator.compare(a.text, b.text) : a[sort.column] - b[sort.column]
    // A stable sort: equal rows keep the cloud's own order.
    const sign = sort.descending ? -1 : 1
    return [...words].sort((a, b) => sign * compare(a, b))
  }, [words, sort])

  const header = (column: Column, label: string): React.JSX.Element => {
    const active = shown.column === column
    return (
      <th aria-sort={active ? (shown.descending ? 'descending' : 'ascending') : 'none'}>
        <button
          type="button"
          className="cloud-sort"
          aria-label={t('wordcloud.sortBy', { column: label })}
          onClick={() =>
            setSort({ column, descending: active ? !shown.descending : column !== 'word' })
          }
        >
          {label}
          {active && <span aria-hidden="true">{shown.descending ? ' ▾' : ' ▴'}</span>}
        </button>
      </th>
    )
  }

  const columns = distinctive ? 5 : 4
  return (
    <table className="cloud-words" data-testid="cloud-words" aria-label={t('wordcloud.wordList')}>
      <thead>
        <tr>
          {header('word', t('wordcloud.word'))}
          {header('count', t('wordcloud.count'))}
          {header('weight', t('wordcloud.weight'))}
          {distinctive && header('score', t('wordcloud.score'))}
          <th>
            <span className="visually-hidden">{t('wordcloud.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((word) => (
          <WordRow
            key={word.word}
            word={word}
            words={words}
            parts={parts.get(word.word) ?? null}
            columns={columns}
            editing={editing === word.word}
            onEdit={() => setEditing(editing === word.word ? null : word.word)}
            onDone={() => setEditing(null)}
            actions={actions}
          />
        ))}
      </tbody>
    </table>
  )
}

interface RowProps {
  word: CloudWord
  words: CloudWord[]
  /** The term's parts when the word is a compound term, else null. */
  parts: readonly string[] | null
  /** Columns of the table, which the editor row spans. */
  columns: number
  editing: boolean
  onEdit(): void
  onDone(): void
  actions: WordActions
}

function WordRow(props: RowProps): React.JSX.Element {
  const { word, words, parts, columns, editing, onEdit, onDone, actions } = props
  const { t } = useI18n()
  const label = word.text
  const joined = parts ? joinParts(parts) : ''
  return (
    <>
      <tr data-word={word.word} data-term={parts ? joined : undefined}>
        <td className="cloud-word">
          {label}
          {parts && (
            <span
              className="cloud-term-badge"
              data-testid="cloud-term"
              role="note"
              title={t('wordcloud.termParts', { parts: joined })}
              aria-label={t('wordcloud.termParts', { parts: joined })}
            >
              {t('wordcloud.term')}
            </span>
          )}
          {word.text !== word.word && (
            <span className="cloud-word-key">
              {t('wordcloud.renamedFrom', { word: word.word })}
            </span>
          )}
        </td>
        <td className="cloud-number">{word.count}</td>
        <td className="cloud-number">{word.weight.toFixed(3)}</td>
        {columns === 5 && <td className="cloud-number">{word.score.toFixed(3)}</td>}
        <td className="cloud-row-actions">
          {parts && (
            <button
              type="button"
              className="cloud-split"
              data-testid="cloud-split"
              aria-label={t('wordcloud.splitHint', { word: word.word, parts: joined })}
              title={t('wordcloud.splitHint', { word: word.word, parts: joined })}
              onClick={() => void actions.split(word.word, true)}
            >
              {t('wordcloud.split')}
            </button>
          )}
          <button
            type="button"
            className="icon"
            aria-expanded={editing}
            aria-label={t('wordcloud.edit', { word: label })}
            title={t('wordcloud.edit', { word: label })}
            onClick={onEdit}
          >
            …
          </button>
          <button
            type="button"
            className="icon"
            data-testid="cloud-exclude"
            aria-label={t('wordcloud.exclude', { word: label })}
            title={t('wordcloud.exclude', { word: label })}
            onClick={() => void actions.exclude(word.word)}
          >
            ×
          </button>
        </td>
      </tr>
      {editing && (
        <tr className="cloud-word-editor">
          <td colSpan={columns}>
            <WordEditor word={word} words={words} actions={actions} onDone={onDone} />
          </td>
        </tr>
      )}
    </>
  )
}
