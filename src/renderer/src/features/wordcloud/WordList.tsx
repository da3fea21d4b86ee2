import { useMemo, useState } from 'react'
import type { CloudWord } from '@shared/cloud/cloud-words'
import { useI18n } from '../../i18n/I18nContext'
import type { WordActions } from './useWordActions'
import { WordEditor } from './WordEditor'

interface Props {
  words: CloudWord[]
  actions: WordActions
}

type Column = 'word' | 'count' | 'weight'

const collator = new Intl.Collator('zh-CN')

/**
 * The cloud's words with their count and weight, sortable by each column. Each row can exclude
 * its word or open an editor to merge or rename it; all of these change the folder's settings.
 */
export function WordList({ words, actions }: Props): React.JSX.Element {
  const { t } = useI18n()
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>({
    column: 'count',
    descending: true
  })
  const [editing, setEditing] = useState<string | null>(null)

  const sorted = useMemo(() => {
    const compare = (a: CloudWord, b: CloudWord): number =>
      sort.column === 'word' ? collator.compare(a.text, b.text) : a[sort.column] - b[sort.column]
    // A stable sort: equal rows keep the cloud's own order (count, weight, word).
    const sign = sort.descending ? -1 : 1
    return [...words].sort((a, b) => sign * compare(a, b))
  }, [words, sort])

  const header = (column: Column, label: string): React.JSX.Element => {
    const active = sort.column === column
    return (
      <th aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
        <button
          type="button"
          className="cloud-sort"
          aria-label={t('wordcloud.sortBy', { column: label })}
          onClick={() =>
            setSort({ column, descending: active ? !sort.descending : column !== 'word' })
          }
        >
          {label}
          {active && <span aria-hidden="true">{sort.descending ? ' ▾' : ' ▴'}</span>}
        </button>
      </th>
    )
  }

  return (
    <table className="cloud-words" data-testid="cloud-words" aria-label={t('wordcloud.wordList')}>
      <thead>
        <tr>
          {header('word', t('wordcloud.word'))}
          {header('count', t('wordcloud.count'))}
          {header('weight', t('wordcloud.weight'))}
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
  editing: boolean
  onEdit(): void
  onDone(): void
  actions: WordActions
}

function WordRow({ word, words, editing, onEdit, onDone, actions }: RowProps): React.JSX.Element {
  const { t } = useI18n()
  const label = word.text
  return (
    <>
      <tr data-word={word.word}>
        <td className="cloud-word">
          {label}
          {word.text !== word.word && (
            <span className="cloud-word-key">
              {t('wordcloud.renamedFrom', { word: word.word })}
            </span>
          )}
        </td>
        <td className="cloud-number">{word.count}</td>
        <td className="cloud-number">{word.weight.toFixed(3)}</td>
        <td className="cloud-row-actions">
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
          <td colSpan={4}>
            <WordEditor word={word} words={words} actions={actions} onDone={onDone} />
          </td>
        </tr>
      )}
    </>
  )
}
