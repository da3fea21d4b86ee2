/**
 * Jekyll reads YAML 1.1 (Psych), where an unquoted `yes`, `no`, `on` or `off` is a boolean; the
 * project parses with YAML 1.2's core schema, where they are strings. So `published: no` would
 * publish a post Jekyll hides. Top-level keys written that way get Psych's booleans back.
 */
const YAML11_BOOL = /^(?:yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF)$/

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** `data` with unquoted YAML 1.1 booleans at the top level turned into booleans. */
export function withYaml11Booleans(
  data: Record<string, unknown>,
  yaml: string
): Record<string, unknown> {
  let out: Record<string, unknown> | null = null
  for (const key of Object.keys(data)) {
    const value = data[key]
    if (typeof value !== 'string' || !YAML11_BOOL.test(value)) continue
    const line = new RegExp(`^${escapeRegExp(key)}:[ \\t]+${value}[ \\t]*(?:#.*)?\\r?$`, 'm')
    if (!line.test(yaml)) continue
    out ??= { ...data }
    out[key] = /^(?:yes|on)$/i.test(value)
  }
  return out ?? data
}
