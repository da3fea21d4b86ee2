import { useState } from 'react'
import type { CloudWord } from '@shared/cloud/cloud-words'
import { useI18n } from '../../i18n/I18nContext'
import type { WordActions } from './useWordActions'

interface Props {
  word: CloudWord
  words: CloudWord[]
  actions: WordActions
  onDone(): void
}

/** Merges a word into another of the list, or changes the text the cloud shows for it. */
export function WordEditor({ word, words, actions, onDone }: Props): React.JSX.Element {
  const { t } = useI18n()
  const [target, setTarget] = useState('')
  const [text, setText] = useState(word.text)
  const mergeId = `cloud-merge-${word.word}`
  const renameId = `cloud-rename-${word.word}`
  return (
    <div className="cloud-word-edit">
      <form
        className="cloud-pair"
        onSubmit={(event) => {
          event.preventDefault()
          if (target === '') return
          void actions.merge(word.word, target).then(onDone)
        }}
      >
        <label htmlFor={mergeId}>{t('wordcloud.mergeInto')}</label>
        <select
          id={mergeId}
          data-testid="cloud-merge-target"
          value={target}
          onChange={(event) => setTarget(event.target.value)}
        >
          <option value="">{t('wordcloud.mergeChoose')}</option>
          {words
            .filter((other) => other.word !== word.word)
            .map((other) => (
              <option key={other.word} value={other.word}>
                {other.text}
              </option>
            ))}
        </select>
        <button type="submit" disabled={target === ''}>
          {t('wordcloud.merge')}
        </button>
      </form>
      <form
        className="cloud-pair"
        onSubmit={(event) => {
          event.preventDefault()
          void actions.rename(word.word, text).then(onDone)
        }}
      >
        <label htmlFor={renameId}>{t('wordcloud.renameAs')}</label>
        <input
          id={renameId}
          data-testid="cloud-rename-text"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit">{t('wordcloud.rename')}</button>
        {word.text !== word.word && (
          <button type="button" onClick={() => void actions.rename(word.word, '').then(onDone)}>
            {t('wordcloud.resetRename')}
          </button>
        )}
      </form>
    </div>
  )
}
