import { useMemo, useState } from 'react'
import { useI18n } from '../i18n/I18nContext'
import { Picker } from '../ui/Picker'
import type { CommandContext } from './context'
import { paletteCommands } from './palette'
import { isMac, shortcutLabel } from './shortcut'

interface Props {
  ctx: CommandContext
  onClose(): void
}

/** Ctrl/Cmd+Shift+P: every command that can run now, with its shortcut, filtered by name. */
export function CommandPalette({ ctx, onClose }: Props): React.JSX.Element {
  const { t } = useI18n()
  const [query, setQuery] = useState('')
  const items = useMemo(() => {
    const mac = isMac()
    return paletteCommands(ctx, query, (command) => t(command.label)).map((command) => ({
      key: command.id,
      label: t(command.label),
      hint: command.shortcut ? shortcutLabel(command.shortcut, mac) : undefined,
      command
    }))
  }, [ctx, query, t])
  return (
    <Picker
      title={t('commands.paletteTitle')}
      testId="command-palette"
      placeholder={t('commands.placeholder')}
      items={items}
      query={query}
      onQuery={setQuery}
      onChoose={({ command }) => {
        // Closed first: a command that puts up a dialog must not have it replaced by the close.
        onClose()
        command.run(ctx)
      }}
      onClose={onClose}
      emptyText={t('commands.none')}
    />
  )
}
