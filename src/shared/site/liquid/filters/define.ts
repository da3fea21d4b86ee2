/**
 * Registers a filter that sees plain values: liquidjs hands literals like `nil`, `empty` and
 * `blank` to filters as drops, where Ruby's filters see nil and strings.
 */
import { Drop } from 'liquidjs'
import type { Liquid } from 'liquidjs'

// liquidjs's own filter signature: `this` is its FilterImpl, arguments are any Liquid values.
type Filter = (this: unknown, input: unknown, ...args: unknown[]) => unknown

function plain(value: unknown): unknown {
  return value instanceof Drop ? value.valueOf() : value
}

export function defineFilter(liquid: Liquid, name: string, filter: Filter): void {
  liquid.registerFilter(
    name,
    function (this: unknown, input: unknown, ...args: unknown[]): unknown {
      return filter.call(this, plain(input), ...args.map(plain))
    }
  )
}
