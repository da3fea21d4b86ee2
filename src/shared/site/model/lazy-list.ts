/**
 * An array whose items are made on first read: `site.posts` of a 10,000-post site is handed to
 * Liquid whole, but `{% for post in site.posts limit: 5 %}` reads five. A Proxy over an array
 * (so `Array.isArray` holds and array methods work) builds each drop when its index is read.
 */
export function lazyList<T, U>(items: readonly T[], make: (item: T) => U): U[] {
  const made: Array<U | undefined> = new Array<U | undefined>(items.length)
  const index = (key: string | symbol): number => {
    if (typeof key !== 'string' || !/^(?:0|[1-9]\d*)$/.test(key)) return -1
    const at = Number(key)
    return at < items.length ? at : -1
  }
  const itemAt = (at: number): U => {
    let value = made[at]
    if (value === undefined) {
      value = make(items[at])
      made[at] = value
    }
    return value
  }
  // The target holds nothing but its length; every index is answered by the traps.
  const target = new Array<U>(items.length)
  return new Proxy(target, {
    get(object, key, receiver): unknown {
      const at = index(key)
      return at === -1 ? Reflect.get(object, key, receiver) : itemAt(at)
    },
    has(object, key): boolean {
      return index(key) !== -1 || Reflect.has(object, key)
    },
    getOwnPropertyDescriptor(object, key): PropertyDescriptor | undefined {
      const at = index(key)
      if (at === -1) return Reflect.getOwnPropertyDescriptor(object, key)
      return { value: itemAt(at), writable: false, enumerable: true, configurable: true }
    },
    ownKeys(object): Array<string | symbol> {
      return [...items.keys()].map(String).concat(Reflect.ownKeys(object) as string[])
    },
    set(): boolean {
      return false
    },
    deleteProperty(): boolean {
      return false
    }
  })
}
