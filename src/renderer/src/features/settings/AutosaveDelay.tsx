import { maxAutosaveDelayMs, minAutosaveDelayMs } from '@shared/settings-rules'

interface Props {
  delayMs: number
  onChange(delayMs: number): void
}

// The same bounds the back end holds the setting to, so the field never offers what it refuses.
const minMs = minAutosaveDelayMs
const maxMs = maxAutosaveDelayMs

/**
 * The autosave pause, in seconds for the writer and milliseconds for the setting. Committed on
 * blur or Enter rather than per keystroke, so "1." on the way to "1.5" is not taken for 1.
 */
export function AutosaveDelay({ delayMs, onChange }: Props): React.JSX.Element {
  const commit = (input: HTMLInputElement): void => {
    const ms = Math.round(Number(input.value) * 1000)
    if (input.value.trim() !== '' && Number.isFinite(ms) && ms >= minMs && ms <= maxMs) {
      if (ms !== delayMs) onChange(ms)
    } else input.value = String(delayMs / 1000)
  }
  return (
    <input
      id="settings-autosave-delay"
      data-testid="settings-autosave-delay"
      // A new value from the back end resets the field.
      key={delayMs}
      type="number"
      min={minMs / 1000}
      max={maxMs / 1000}
      step={0.1}
      defaultValue={delayMs / 1000}
      onBlur={(event) => commit(event.currentTarget)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit(event.currentTarget)
      }}
    />
  )
}
