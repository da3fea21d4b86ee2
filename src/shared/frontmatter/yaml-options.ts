import type { DocumentOptions, ParseOptions, SchemaOptions, ToJSOptions } from 'yaml'

/**
 * The one set of options every YAML parse of front matter uses.
 * - core schema: YAML 1.2 has no timestamps, so `date: 2025-11-11 15:33:03 +0800` stays the
 *   writer's string (YAML 1.1 would make it a Date and lose the zone) and `0123` is 123, not 83.
 *   Passing the schema explicitly also overrides a `%YAML 1.1` directive in the block.
 * - uniqueKeys: duplicate keys are an error with a position, never "last one wins".
 * - intAsBigInt: long integers keep their digits (json-safe.ts turns them into strings).
 * - logLevel 'error': no console output for warnings, but errors such as MULTIPLE_DOCS are kept
 *   ('silent' would drop those).
 */
export const parseOptions: ParseOptions & DocumentOptions & SchemaOptions = {
  schema: 'core',
  merge: false,
  uniqueKeys: true,
  intAsBigInt: true,
  logLevel: 'error',
  prettyErrors: false
}

/** Bounds alias expansion: a "billion laughs" block fails in microseconds instead of eating memory. */
export const toJsOptions: ToJSOptions = { maxAliasCount: 100 }

/** A front matter block larger than this is refused rather than parsed. */
export const maxBlockChars = 1_000_000
