import { checkCloudOptions } from '@shared/cloud/options'
import type { CloudOptions } from '@shared/cloud/options'
import { UsageError } from '../usage-error'

/** The command line's option flags, as strings from parseArgs. */
export interface CloudFlagValues {
  width?: string
  height?: string
  'max-words'?: string
  seed?: string
  shape?: string
  mask?: string
  palette?: string
  colors?: string
  emphasis?: string
}

/**
 * The post's remembered options with the flags given on the command line applied, checked by
 * the same rules as the window's. `maskId` is the mask's path relative to the folder.
 */
export function optionsWithFlags(
  base: CloudOptions,
  flags: CloudFlagValues,
  maskId: string | null
): CloudOptions {
  if (flags.shape !== undefined && flags.mask !== undefined) {
    throw new UsageError('use either --shape or --mask, not both.')
  }
  if (flags.shape === 'mask') throw new UsageError('--shape mask needs --mask FILE.png instead.')
  const changes: Record<string, unknown> = {
    width: whole('--width', flags.width),
    height: whole('--height', flags.height),
    maxWords: whole('--max-words', flags['max-words']),
    seed: whole('--seed', flags.seed),
    shape: maskId !== null ? 'mask' : flags.shape,
    mask: maskId ?? undefined,
    palette: flags.palette,
    colorBy: colorBy(flags.colors),
    emphasis: flags.emphasis
  }
  try {
    return checkCloudOptions(changes, base)
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/^Invalid cloud option: /, ''))
  }
}

/** `--colors by-word` or `by-seed`, as the option's value. */
function colorBy(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  if (value === 'by-word') return 'word'
  if (value === 'by-seed') return 'seed'
  throw new UsageError(`--colors must be by-word or by-seed, not "${value}".`)
}

function whole(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} must be a whole number, not "${value}".`)
  return Number(value)
}
