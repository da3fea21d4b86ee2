import { PostcloudError } from '../errors'

/**
 * The pieces the argument table is built from. A check takes a value that came over a transport
 * and returns it as it came, now typed, or throws a Refusal: the end of a sentence about the
 * value ("must be text"), and where inside an argument it was found. The table turns a Refusal
 * into INVALID_ARGUMENT with the argument's name in the writer's words.
 */

export type Check<T> = (value: unknown) => T

export class Refusal extends Error {
  constructor(
    readonly need: string,
    /** The keys leading to the refused value inside the argument, outermost first. */
    readonly at: string[] = []
  ) {
    super(need)
  }
}

function refuse(need: string): never {
  throw new Refusal(need)
}

/**
 * An object as JSON and structured clone make them: nothing inherited but Object.prototype (or
 * nothing), so no getter, class instance or planted prototype runs when it is read.
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

export const text: Check<string> = (value) =>
  typeof value === 'string' ? value : refuse('must be text')

export const number: Check<number> = (value) =>
  typeof value === 'number' && Number.isFinite(value) ? value : refuse('must be a number')

export const boolean: Check<boolean> = (value) =>
  typeof value === 'boolean' ? value : refuse('must be true or false')

export function oneOf<T extends string>(allowed: readonly T[]): Check<T> {
  return (value) =>
    (allowed as readonly unknown[]).includes(value)
      ? (value as T)
      : refuse(`must be one of ${allowed.join(', ')}`)
}

export function nullable<T>(check: Check<T>): Check<T | null> {
  return (value) => (value === null ? null : check(value))
}

/** For a key an object may leave out. */
export function optional<T>(check: Check<T>): Check<T | undefined> {
  return (value) => (value === undefined ? undefined : check(value))
}

export function listOf<T>(check: Check<T>, need: string): Check<T[]> {
  return (value) => {
    if (!Array.isArray(value)) refuse(need)
    for (const item of value) {
      try {
        check(item)
      } catch (error) {
        if (error instanceof Refusal) refuse(need)
        throw error
      }
    }
    return value as T[]
  }
}

/**
 * An object with the keys `fields` names (a key left out is given to its check as undefined) and
 * no others: an unknown key, `__proto__` included, is refused rather than ignored.
 */
export function shape<T extends object>(fields: { [K in keyof T]-?: Check<T[K]> }): Check<T> {
  const known = fields as Record<string, Check<unknown>>
  return (value) => {
    if (!isPlainObject(value)) refuse('must be an object')
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(known, key)) throw new Refusal('is not known here', [quoted(key)])
    }
    for (const [key, check] of Object.entries(known)) {
      within(key, () => check(Object.hasOwn(value, key) ? value[key] : undefined))
    }
    return value as T
  }
}

/**
 * An object whose keys are the writer's own (front matter keys, words): any key is data, even
 * `__proto__`, which stays an own property because the object is checked, never copied.
 */
export function recordOf<T>(check: Check<T>): Check<Record<string, T>> {
  return (value) => {
    if (!isPlainObject(value)) refuse('must be an object')
    for (const key of Object.keys(value)) within(quoted(key), () => check(value[key]))
    return value as Record<string, T>
  }
}

/** Runs `check` for the value at `key`, so a Refusal from it says where it was. */
function within(key: string, check: () => unknown): void {
  try {
    check()
  } catch (error) {
    if (error instanceof Refusal) throw new Refusal(error.need, [key, ...error.at])
    throw error
  }
}

function quoted(key: string): string {
  return JSON.stringify(key.length > 60 ? `${key.slice(0, 60)}…` : key)
}

/** One argument of a contract method: its name for the writer, and its check. */
export interface Param<T> {
  label: string
  check: Check<T>
  optional: boolean
}

export function param<T>(label: string, check: Check<T>): Param<T> {
  return { label, check, optional: false }
}

/** A trailing argument the caller may leave out; null (how JSON sends undefined) counts as out. */
export function optionalParam<T>(label: string, check: Check<T>): Param<T | undefined> {
  return { label, check, optional: true }
}

/**
 * The parameters of one method: every argument checked, a missing one or one too many refused.
 * What comes back is what came in (an omitted optional argument as undefined).
 */
export function params<P extends unknown[]>(
  ...list: { [I in keyof P]: Param<P[I]> }
): (args: unknown[]) => P {
  const all = list as Param<unknown>[]
  return (args) => {
    if (args.length > all.length) {
      throw invalid(
        all.length === 0
          ? 'This takes no values, but some were sent.'
          : `This takes at most ${values(all.length)}, but ${args.length} were sent.`
      )
    }
    return all.slice(0, Math.max(args.length, required(all))).map((param, index) => {
      const value = args[index]
      if (index >= args.length) throw invalid(`${param.label} is missing.`)
      if (param.optional && (value === undefined || value === null)) return undefined
      try {
        return param.check(value)
      } catch (error) {
        if (error instanceof Refusal) throw invalid(sentence(param.label, error))
        throw error
      }
    }) as P
  }
}

function values(count: number): string {
  return count === 1 ? 'one value' : `${count} values`
}

function required(all: Param<unknown>[]): number {
  return all.filter((param) => !param.optional).length
}

/** "The post name must be text." or "In the new post, "title" must be text." */
function sentence(label: string, refusal: Refusal): string {
  if (refusal.at.length === 0) return `${label} ${refusal.need}.`
  const within = label.charAt(0).toLowerCase() + label.slice(1)
  return `In ${within}, ${refusal.at.join(' › ')} ${refusal.need}.`
}

function invalid(message: string): PostcloudError {
  return new PostcloudError('INVALID_ARGUMENT', message)
}
