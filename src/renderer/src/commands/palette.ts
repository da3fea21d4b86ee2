import type { CommandContext } from './context'
import { commands } from './registry'
import type { Command } from './registry'

/**
 * What the command palette offers for a query: the commands that can run now, but not the
 * palette itself, whose label contains the query (case and width folded, as in Go to Post).
 */
export function paletteCommands(
  ctx: CommandContext,
  query: string,
  labelOf: (command: Command) => string
): Command[] {
  const folded = fold(query.trim())
  return commands.filter(
    (command) =>
      command.id !== 'command-palette' &&
      command.enabled(ctx) &&
      fold(labelOf(command)).includes(folded)
  )
}

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase()
}
