import { useMemo, useState } from 'react'
import { useI18n } from '../i18n/I18nContext'
import { Dialog } from '../ui/Dialog'
import type { CommandContext } from './context'
import { paletteCommands } from './palette'
import { isMac, shortcutLabel } from './shortcut'

interface Props {
  ctx: CommandContext
  onClose(): void
}

/**
 * Ctrl/Cmd+Shift+P: every command that can run now, with its shortcut. Typing filters by name,
 * the arrow keys move, Enter runs the chosen one, Escape closes.
 */
export function CommandPalette({ ctx, onClose }: Props): React.JSX.Element {
  const { t } = useI18n()
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const matches = useMemo(
    () => paletteCommands(ctx, query, (command) => t(command.label)),
    [ctx, query, t]
  )
  const choose = (index: number): void => {
    const command = matches[index]
    if (!command) return
    // Closed first: a command that puts up a dialog must not have it replaced by the close.
    onClose()
    command.run(ctx)
  }
  const mac = isMac()
  return (
    <Dialog title={t('commands.paletteTitle')} testId="command-palette" onClose={onClose}>
      <input
        autoFocus
        className="picker-input"
        role="combobox"
        aria-expanded="true"
        aria-label={t('commands.paletteTitle')}
        aria-controls="command-list"
        aria-activedescendant={matches[active] ? `command-${active}` : undefined}
        placeholder={t('commands.placeholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value)
          setActive(0)
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown')
            setActive((index) => Math.min(matches.length - 1, index + 1))
          else if (event.key === 'ArrowUp') setActive((index) => Math.max(0, index - 1))
          else if (event.key === 'Enter' && !event.nativeEvent.isComposing) choose(active)
          else return
          event.preventDefault()
        }}
      />
      <ul
        id="command-list"
        role="listbox"
        aria-label={t('commands.paletteTitle')}
        className="picker-list"
      >
        {matches.map((command, index) => (
          <li
            key={command.id}
            id={`command-${index}`}
            role="option"
            aria-selected={index === active}
            data-command={command.id}
            onClick={() => choose(index)}
          >
            <span>{t(command.label)}</span>
            {command.shortcut && (
              <span className="hint">{shortcutLabel(command.shortcut, mac)}</span>
            )}
          </li>
        ))}
      </ul>
      {matches.length === 0 && <p className="hint">{t('commands.none')}</p>}
    </Dialog>
  )
}
