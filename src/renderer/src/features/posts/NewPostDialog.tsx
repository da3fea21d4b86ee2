import { useEffect, useRef, useState } from 'react'
import { defaultTemplateId } from '@shared/new-post'
import type { CreatePostInput, TemplateInfo } from '@shared/new-post'
import { api } from '../../api'
import { Dialog } from '../../ui/Dialog'
import { useI18n } from '../../i18n/I18nContext'

interface Props {
  jekyll: boolean
  onCreate(input: CreatePostInput): Promise<boolean>
  onClose(): void
}

/** Asks for what a new post needs: its title, the template, and post or draft. */
export function NewPostDialog({ jekyll, onCreate, onClose }: Props): React.JSX.Element {
  const { t } = useI18n()
  const [title, setTitle] = useState('')
  const [templates, setTemplates] = useState<TemplateInfo[]>([])
  const [template, setTemplate] = useState('')
  const [draft, setDraft] = useState(false)
  const [busy, setBusy] = useState(false)
  const titleInput = useRef<HTMLInputElement>(null)
  // The title the dialog itself put in: switching templates replaces it, never a typed one.
  const suggested = useRef('')

  const chooseTemplate = (id: string, list: TemplateInfo[]): void => {
    setTemplate(id)
    const next = list.find((info) => info.id === id)?.suggestedTitle ?? ''
    const previous = suggested.current
    suggested.current = next
    setTitle((current) => (current.trim() === '' || current === previous ? next : current))
  }

  useEffect(() => {
    let live = true
    api.listTemplates().then(
      (list) => {
        if (!live) return
        setTemplates(list)
        const preferred = list.find((info) => info.id === defaultTemplateId) ?? list[0]
        if (preferred) chooseTemplate(preferred.id, list)
      },
      () => setTemplates([])
    )
    return () => {
      live = false
    }
  }, [])

  // A suggested title is selected, so typing replaces it at once.
  useEffect(() => {
    if (title !== '' && title === suggested.current) titleInput.current?.select()
  }, [title])

  const submit = async (): Promise<void> => {
    if (title.trim() === '' || busy) return
    setBusy(true)
    const created = await onCreate({
      title: title.trim(),
      template: template || undefined,
      draft,
      // The writer's zone is the browser's: the web host may run elsewhere, or in UTC.
      utcOffsetMinutes: -new Date().getTimezoneOffset()
    })
    setBusy(false)
    if (created) onClose()
  }

  return (
    <Dialog title={t('posts.newTitle')} testId="new-post-dialog" onClose={onClose}>
      <form
        className="form-grid"
        onSubmit={(event) => {
          event.preventDefault()
          void submit()
        }}
      >
        <label htmlFor="new-post-title">{t('posts.fieldTitle')}</label>
        <input
          id="new-post-title"
          ref={titleInput}
          data-testid="new-post-title"
          autoFocus
          value={title}
          onChange={(event) => setTitle(event.target.value)}
        />
        <label htmlFor="new-post-template">{t('posts.fieldTemplate')}</label>
        <select
          id="new-post-template"
          value={template}
          onChange={(event) => chooseTemplate(event.target.value, templates)}
        >
          {templates.map((info) => (
            <option key={info.id} value={info.id}>
              {info.source === 'folder'
                ? t('posts.templateFolder', { name: info.name })
                : info.name}
            </option>
          ))}
        </select>
        {jekyll && (
          <fieldset className="choice">
            <legend>{t('posts.fieldKind')}</legend>
            <label>
              <input type="radio" name="kind" checked={!draft} onChange={() => setDraft(false)} />
              {t('posts.kindPost')}
            </label>
            <label>
              <input type="radio" name="kind" checked={draft} onChange={() => setDraft(true)} />
              {t('posts.kindDraft')}
            </label>
          </fieldset>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            {t('app.cancel')}
          </button>
          <button
            type="submit"
            className="primary"
            data-testid="new-post-create"
            disabled={title.trim() === '' || busy}
          >
            {t('posts.create')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
