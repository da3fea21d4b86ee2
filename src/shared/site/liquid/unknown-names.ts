/**
 * Tags and filters Jekyll would not know. liquidjs fails the whole parse on an unknown tag; here
 * every unknown name resolves to a tag that renders nothing (a plugin's `{% gist %}`), and the
 * parse in progress hears of it so the page gets a diagnostic. An unknown filter passes its input
 * through, as Ruby Liquid does with strict_filters off.
 */
import { Tag } from 'liquidjs'
import type { Liquid, TagToken, TopLevelToken, FilterImplOptions } from 'liquidjs'
import type { Runtime, TagClass } from './runtime'

/** liquidjs tags that Jekyll's Liquid does not have. */
const notJekyll = ['layout', 'block']

export function installUnknownNameHooks(runtime: Runtime): void {
  const liquid = runtime.liquid as unknown as {
    tags: Record<string, TagClass>
    filters: Record<string, FilterImplOptions>
  }
  for (const name of notJekyll) delete liquid.tags[name]
  const unknownTags = new Map<string, TagClass>()
  liquid.tags = new Proxy(liquid.tags, {
    get(target, name): TagClass | undefined {
      if (typeof name !== 'string') return undefined
      if (Object.prototype.hasOwnProperty.call(target, name)) return target[name]
      let tagClass = unknownTags.get(name)
      if (!tagClass) {
        tagClass = unknownTagClass(runtime, name)
        unknownTags.set(name, tagClass)
      }
      return tagClass
    }
  })
  liquid.filters = new Proxy(liquid.filters, {
    get(target, name): FilterImplOptions | undefined {
      if (typeof name !== 'string') return undefined
      if (Object.prototype.hasOwnProperty.call(target, name)) return target[name]
      runtime.parseSink?.unknownFilter(name)
      return undefined
    }
  })
}

function unknownTagClass(runtime: Runtime, name: string): TagClass {
  return class UnknownTag extends Tag {
    constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
      super(token, remainTokens, liquid)
      runtime.parseSink?.unknownTag(name, token)
    }
    render(): string {
      return ''
    }
  }
}
