import { useId, useMemo } from 'react'
import { editedValue, formFields } from '@shared/frontmatter/form-fields'
import type { FormField } from '@shared/frontmatter/form-fields'
import { formState } from '@shared/frontmatter/form-state'
import { isInPostsFolder, nameDayMismatch } from '@shared/frontmatter/name-day'
import type { FormState } from '@shared/frontmatter/form-state'
import { readFrontMatter } from '@shared/frontmatter/read-buffer'
import type { FrontMatterProblem, FrontMatterStatus, FrontMatterValue } from '@shared/post'
import type { MessageKey } from '../../i18n/catalogue'
import { useI18n } from '../../i18n/I18nContext'
import { useDeferredCompute } from '../document/useDeferredCompute'
import { FieldInput } from './FieldInput'
import { NameDayNotice } from './NameDayNotice'
import './frontmatter.css'

export interface FrontMatterFormProps {
  /** The editor buffer, the whole file. The form shows the front matter read from it. */
  source: string
  /**
   * The back end's reading of the file at the last read. The form follows its own reading of
   * `source` (unsaved edits included); this one blocks the form while that reading is pending,
   * e.g. right after another post was opened.
   */
  status: FrontMatterStatus
  /** Where the last read found the problem, for 'unclosed', 'invalid' and 'refused'. */
  problem?: FrontMatterProblem
  /** The post's id: a `_posts/` file name's date is compared with the front matter date. */
  postId: string
  /** The site's `timezone`, the zone Jekyll reads dates in; null for the date as written. */
  timezone: string | null
  /** The file cannot be written: every field is shown disabled. */
  readOnly: boolean
  /**
   * One key at a time, on Enter, blur, a toggle or a pick (never per keystroke). The value keeps
   * the shape the file uses (a list stays a list, a date keeps its format and zone). The shell
   * sends it through the contract's updateFrontMatter and updates the buffer.
   */
  onChange(changes: Record<string, FrontMatterValue | undefined>): void
  /** Renames the post's file (the window's rename, which keeps the post open). */
  onRename(fileName: string): Promise<unknown>
}

const labels: Record<string, MessageKey> = {
  title: 'frontmatter.title',
  date: 'frontmatter.date',
  layout: 'frontmatter.layout',
  categories: 'frontmatter.categories',
  tags: 'frontmatter.tags'
}

const problemKeys: Record<string, MessageKey> = {
  unclosed: 'frontmatter.unclosed',
  invalid: 'frontmatter.invalid',
  refused: 'frontmatter.refused'
}

/**
 * The post's front matter as a compact form: title, date (with a picker), layout, categories and
 * tags, then any other keys under "More fields". Disabled with the reason when the block cannot be
 * edited; just a note when the post has none.
 */
export function FrontMatterForm({
  source,
  status,
  problem,
  postId,
  timezone,
  readOnly,
  onChange,
  onRename
}: FrontMatterFormProps): React.JSX.Element {
  const { t } = useI18n()
  const hintId = useId()
  const reading = useDeferredCompute(source, readFrontMatter, 120)
  const state = formState({ status, problem }, reading.value, reading.pending)
  const entries = state.kind === 'editable' ? reading.value.entries : null
  const { standard, others } = useMemo(() => formFields(entries ?? []), [entries])
  const date = standard.find((field) => field.key === 'date')?.value
  const mismatch = useMemo(
    () =>
      isInPostsFolder(postId)
        ? nameDayMismatch(postId.slice(postId.lastIndexOf('/') + 1), date, timezone)
        : null,
    [postId, date, timezone]
  )

  if (state.kind === 'none') {
    return (
      <section className="fm-form" data-testid="fm-form" aria-label={t('frontmatter.form')}>
        <p className="fm-notice" data-testid="fm-notice">
          {t('frontmatter.none')}
        </p>
      </section>
    )
  }

  const disabled = state.kind === 'blocked' || readOnly
  const send = (field: FormField, input: string | boolean): boolean => {
    if (disabled) return false
    const edit = editedValue(field, input)
    if (edit === null) return false
    onChange({ [field.key]: edit.value })
    return true
  }
  const input = (field: FormField, label: string, testId: string): React.JSX.Element => (
    <FieldInput
      key={field.key}
      field={field}
      label={label}
      testId={testId}
      disabled={disabled}
      hintId={hintId}
      onCommit={(value) => send(field, value)}
      className={`fm-key-${labels[field.key] ? field.key : 'other'}`}
    />
  )

  return (
    <form
      className="fm-form"
      data-testid="fm-form"
      aria-label={t('frontmatter.form')}
      onSubmit={(event) => event.preventDefault()}
    >
      <span id={hintId} className="fm-hidden">
        {t('frontmatter.commitHint')}
      </span>
      {state.kind === 'blocked' && <ProblemNotice state={state} />}
      {state.kind === 'editable' && readOnly && (
        <p className="fm-notice" data-testid="fm-notice">
          {t('frontmatter.readOnlyFile')}
        </p>
      )}
      <fieldset className="fm-fields" disabled={disabled}>
        {standard.map((field) => input(field, t(labels[field.key]), `fm-${field.key}`))}
        {others.length > 0 && (
          <details className="fm-more">
            <summary>{t('frontmatter.more', { count: others.length })}</summary>
            <div className="fm-more-fields">
              {others.map((field) => input(field, field.key, `fm-field-${field.key}`))}
            </div>
          </details>
        )}
      </fieldset>
      {mismatch && <NameDayNotice mismatch={mismatch} disabled={readOnly} onRename={onRename} />}
    </form>
  )
}

function ProblemNotice({
  state
}: {
  state: Extract<FormState, { kind: 'blocked' }>
}): React.JSX.Element {
  const { t } = useI18n()
  const { problem } = state
  const where =
    problem?.line === undefined
      ? null
      : problem.column === undefined
        ? t('frontmatter.atLine', { line: problem.line })
        : t('frontmatter.at', { line: problem.line, column: problem.column })
  return (
    <div className="fm-notice fm-problem" role="status" data-testid="fm-notice">
      <p>
        {t(problemKeys[state.status] ?? 'frontmatter.invalid')}
        {where && <span className="fm-where"> {where}</span>}
      </p>
      {problem?.message && <p className="fm-detail">{problem.message}</p>}
    </div>
  )
}
