import { useI18n } from '../i18n/I18nContext'

interface Props {
  folderName: string | null
  hasPost: boolean
  canSave: boolean
  webHost: boolean
  onOpenFolder(): void
  onNewPost(): void
  onSave(): void
  onRename(): void
  onDelete(): void
  onTrash(): void
  onHistory(): void
  onSettings(): void
}

/** The window's commands, each also on a keyboard shortcut (shown in its tooltip). */
export function Toolbar(props: Props): React.JSX.Element {
  const { t } = useI18n()
  const mod = navigator.platform.startsWith('Mac') ? '⌘' : 'Ctrl+'
  const shift = navigator.platform.startsWith('Mac') ? '⇧' : 'Shift+'
  const button = (
    label: string,
    onClick: () => void,
    options: { testId?: string; shortcut?: string; disabled?: boolean; primary?: boolean } = {}
  ): React.JSX.Element => (
    <button
      type="button"
      data-testid={options.testId}
      className={options.primary ? 'primary' : undefined}
      disabled={options.disabled}
      title={options.shortcut ? `${label} (${options.shortcut})` : label}
      aria-keyshortcuts={options.shortcut?.replace('⌘', 'Meta+').replace('⇧', 'Shift+')}
      onClick={onClick}
    >
      {label}
    </button>
  )
  return (
    <header className="toolbar" role="toolbar" aria-label={t('app.toolbar')}>
      <span className="brand">{t('app.name')}</span>
      <span className="folder-name" title={props.folderName ?? undefined}>
        {props.folderName ?? t('app.noFolder')}
      </span>
      {button(t('app.openFolder'), props.onOpenFolder, {
        testId: 'open-folder',
        shortcut: `${mod}O`
      })}
      {button(t('posts.new'), props.onNewPost, {
        testId: 'new-post',
        shortcut: `${mod}N`,
        disabled: !props.folderName
      })}
      {button(t('app.save'), props.onSave, {
        testId: 'save-post',
        shortcut: `${mod}S`,
        disabled: !props.canSave,
        primary: true
      })}
      {button(t('posts.rename'), props.onRename, {
        testId: 'rename-post',
        shortcut: 'F2',
        disabled: !props.hasPost
      })}
      {button(t('posts.delete'), props.onDelete, {
        testId: 'delete-post',
        disabled: !props.hasPost
      })}
      {button(t('history.open'), props.onHistory, {
        testId: 'post-history',
        shortcut: `${mod}${shift}H`,
        disabled: !props.hasPost
      })}
      {props.webHost && button(t('posts.trashTitle'), props.onTrash, { testId: 'open-trash' })}
      <span className="spacer" />
      {button(t('settings.title'), props.onSettings, {
        testId: 'open-settings',
        shortcut: `${mod},`
      })}
    </header>
  )
}
