import type { CommandId } from '@shared/commands'
import { commandById } from '../commands/registry'
import { isMac, shortcutAria, shortcutLabel } from '../commands/shortcut'
import { useI18n } from '../i18n/I18nContext'
import { useWindow } from './WindowContext'

interface Button {
  command: CommandId
  testId: string
  primary?: true
  /** Shown only where the command can run at all (the trash exists in the web host only). */
  hiddenWhenDisabled?: true
}

const leading: Button[] = [
  { command: 'open-folder', testId: 'open-folder' },
  { command: 'new-post', testId: 'new-post' },
  { command: 'save', testId: 'save-post', primary: true },
  { command: 'rename', testId: 'rename-post' },
  { command: 'delete', testId: 'delete-post' },
  { command: 'history', testId: 'post-history' },
  { command: 'trash', testId: 'open-trash', hiddenWhenDisabled: true }
]
const trailing: Button[] = [{ command: 'settings', testId: 'open-settings' }]

/** The window's main commands as buttons, each with its shortcut in its tooltip. */
export function Toolbar(): React.JSX.Element {
  const { t } = useI18n()
  const ctx = useWindow()
  const mac = isMac()
  const button = ({
    command: id,
    testId,
    primary,
    hiddenWhenDisabled
  }: Button): React.ReactNode => {
    const command = commandById(id)
    const enabled = command.enabled(ctx)
    if (!enabled && hiddenWhenDisabled) return null
    const label = t(command.label)
    const shortcut = command.shortcut
    return (
      <button
        key={id}
        type="button"
        data-testid={testId}
        className={primary ? 'primary' : undefined}
        disabled={!enabled}
        title={shortcut ? `${label} (${shortcutLabel(shortcut, mac)})` : label}
        aria-keyshortcuts={shortcut ? shortcutAria(shortcut, mac) : undefined}
        onClick={() => command.run(ctx)}
      >
        {label}
      </button>
    )
  }
  return (
    <header className="toolbar" role="toolbar" aria-label={t('app.toolbar')}>
      <span className="brand">{t('app.name')}</span>
      <span className="folder-name" title={ctx.folder?.name}>
        {ctx.folder?.name ?? t('app.noFolder')}
      </span>
      {leading.map(button)}
      <span className="spacer" />
      {trailing.map(button)}
    </header>
  )
}
