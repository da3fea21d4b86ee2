/** The format of a plain `{{date}}` and of the default `date`/`posttime` fields. */
export const defaultDateFormat = 'YYYY-MM-DD HH:mm:ss ZZ'

const TOKENS = /YYYY|MM|DD|HH|mm|ss|ZZ|Z/g

/**
 * Formats an instant as the wall-clock time of a zone `offsetMinutes` east of UTC. Tokens: YYYY,
 * MM, DD, HH, mm, ss, ZZ (`+0800`), Z (`+08:00`); everything else is copied.
 */
export function formatDate(instantMs: number, offsetMinutes: number, format: string): string {
  const local = new Date(instantMs + offsetMinutes * 60_000)
  const sign = offsetMinutes < 0 ? '-' : '+'
  const zoneHours = pad(Math.floor(Math.abs(offsetMinutes) / 60))
  const zoneMinutes = pad(Math.abs(offsetMinutes) % 60)
  const values: Record<string, string> = {
    YYYY: String(local.getUTCFullYear()).padStart(4, '0'),
    MM: pad(local.getUTCMonth() + 1),
    DD: pad(local.getUTCDate()),
    HH: pad(local.getUTCHours()),
    mm: pad(local.getUTCMinutes()),
    ss: pad(local.getUTCSeconds()),
    ZZ: `${sign}${zoneHours}${zoneMinutes}`,
    Z: `${sign}${zoneHours}:${zoneMinutes}`
  }
  return format.replace(TOKENS, (token) => values[token])
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}
