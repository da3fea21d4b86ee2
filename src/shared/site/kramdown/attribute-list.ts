/**
 * kramdown's attribute lists: IALs (`{: .class #id key="v" ref}`) and ALDs (`{:name: …}`), parsed
 * with the patterns of kramdown/parser/kramdown/extensions.rb and applied as
 * `update_attr_with_ial` does (referenced ALDs first, classes appended, other keys replaced).
 */
export interface AttributeList {
  /** Attributes in written order; `class` collects every `.name`. */
  attr: Map<string, string>
  /** Bare names: ALD references, or markers such as `toc`, `standalone`, `footnotes`. */
  refs: string[]
}

const idName = String.raw`\w[\w-]*`
const keyValue = String.raw`(${idName})=("|')((?:\\\}|\\\2|[^}\2])*?)\2`
const anyPart = new RegExp(
  String.raw`(?:^|\s)(?:${keyValue}|(${idName})|((?:#[A-Za-z][\w:-]*|\.[^\s.#]+)+))(?=\s|$)`,
  'g'
)

export function parseAttributeList(text: string): AttributeList {
  const list: AttributeList = { attr: new Map(), refs: [] }
  for (const m of text.matchAll(anyPart)) {
    if (m[1] !== undefined) {
      list.attr.set(m[1], m[3].replace(/\\(\}|")/g, '$1').replace(/\\'/g, "'"))
    } else if (m[4] !== undefined) {
      list.refs.push(m[4])
    } else if (m[5] !== undefined) {
      for (const part of m[5].matchAll(/#([A-Za-z][\w:-]*)|\.([^\s.#]+)/g)) {
        if (part[1] !== undefined) list.attr.set('id', part[1])
        else addClass(list.attr, part[2])
      }
    }
  }
  return list
}

function addClass(attr: Map<string, string>, cls: string): void {
  attr.set('class', `${attr.get('class') ?? ''} ${cls}`.trimStart())
}

/** Named attribute lists of one document (`{:name: …}`). */
export type Definitions = Map<string, AttributeList>

/** Applies `list` to `attr`, ALD references first; returns the refs no ALD defines. */
export function applyAttributeList(
  attr: Map<string, string>,
  list: AttributeList,
  definitions: Definitions,
  seen: Set<string> = new Set()
): string[] {
  const unresolved: string[] = []
  for (const ref of list.refs) {
    const definition = definitions.get(ref)
    if (definition === undefined || seen.has(ref)) {
      unresolved.push(ref)
      continue
    }
    seen.add(ref)
    unresolved.push(...applyAttributeList(attr, definition, definitions, seen))
  }
  for (const [key, value] of list.attr) {
    if (key === 'class') addClass(attr, value)
    else attr.set(key, value)
  }
  return unresolved
}
