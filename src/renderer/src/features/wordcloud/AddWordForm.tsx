import { useState } from 'react'
import { useI18n } from '../../i18n/I18nContext'

interface Props {
  /** Adds the word to the folder's user dictionary; false when that failed (the text stays). */
  onAdd(word: string): Promise<boolean>
}

/** A word jieba splits apart (a product or a term) added to the dictionary, so it counts whole. */
export function AddWordForm({ onAdd }: Props): React.JSX.Element {
  const { t } = useI18n()
  const [word, setWord] = useState('')
  const [busy, setBusy] = useState(false)
  const trimmed = word.trim()
  return (
    <form
      className="cloud-pair cloud-add-word"
      onSubmit={(event) => {
        event.preventDefault()
        if (trimmed === '' || busy) return
        setBusy(true)
        void onAdd(trimmed).then((added) => {
          setBusy(false)
          if (added) setWord('')
        })
      }}
    >
      <label htmlFor="cloud-add-word">{t('wordcloud.addWord')}</label>
      <input
        id="cloud-add-word"
        data-testid="cloud-add-word"
        value={word}
        placeholder={t('wordcloud.addWordPlaceholder')}
        onChange={(event) => setWord(event.target.value)}
      />
      <button type="submit" disabled={trimmed === '' || busy}>
        {t('wordcloud.addWordButton')}
      </button>
    </form>
  )
}
