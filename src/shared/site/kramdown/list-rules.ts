import { type Element, element } from './elements'
import { applyAttributeList, type Definitions, parseAttributeList } from './attribute-list'

/**
 * kramdown decides per list item whether its first paragraph is written bare (`transparent`):
 * when no blank line follows it in the item, and for the last item only if an earlier item was
 * bare too (parser/kramdown/list.rb). markdown-it decides for the whole list, so the choice is
 * made again here from the source lines. Then kramdown-parser-gfm's task lists, and the same
 * choice for definitions (bare unless a blank line comes before the `:`).
 */
export function applyListRules(
  elements: readonly Element[],
  lines: readonly string[],
  definitions: Definitions,
  gfm = true
): void {
  for (const el of elements) {
    applyListRules(el.children, lines, definitions, gfm)
    if (el.type === 'li' || el.type === 'dd') itemAttributeList(el, definitions)
    if (el.type === 'ul' || el.type === 'ol') {
      transparentItems(el, lines)
      if (gfm) taskList(el)
    } else if (el.type === 'dl') {
      for (const dd of el.children) {
        const first = dd.children[0]
        if (dd.type !== 'dd' || first?.type !== 'p') continue
        const before = (first.options.line ?? 0) - 1
        first.options.transparent = !(before >= 0 && isBlank(lines[before]))
      }
    }
  }
}

/** kramdown's LIST_ITEM_IAL: `- {: .x} text` gives the item its attributes. */
const itemIal = /^\s*\{:(?!(?:\w[\w-]*)?:|\/)((?:\\\}|[^}])+)\}\s*/

function itemAttributeList(item: Element, definitions: Definitions): void {
  const p = item.children[0]
  const text = p?.type === 'p' ? p.children[0] : undefined
  if (text?.type !== 'text') return
  const m = itemIal.exec(text.value)
  if (!m) return
  text.value = text.value.slice(m[0].length)
  const refs = applyAttributeList(item.attr, parseAttributeList(m[1]), definitions)
  if (refs.length > 0) item.options.refs = [...(item.options.refs ?? []), ...refs]
}

function appendNewline(p: Element): void {
  const last = p.children[p.children.length - 1]
  if (last?.type === 'text') last.value += '\n'
  else p.children.push(element('text', '\n'))
}

function isBlank(line: string | undefined): boolean {
  return line !== undefined && line.trim() === ''
}

function transparentItems(list: Element, lines: readonly string[]): void {
  const items = list.children
  items.forEach((item, index) => {
    const first = item.children[0]
    if (first?.type !== 'p') return
    const isLast = index === items.length - 1
    const blankAfter = first.options.end !== undefined && isBlank(lines[first.options.end])
    const more = item.children.length > 1
    const ownRule = !blankAfter || (isLast && !more)
    const lastRule =
      !isLast ||
      items.length === 1 ||
      items.slice(0, -1).some((other) => {
        const head = other.children[0]
        return head === undefined || head.type !== 'p' || head.options.transparent === true
      })
    first.options.transparent = ownRule && lastRule
    // kramdown ends the bare text with a newline when a block (a nested list) follows directly
    // (it appends it to the paragraph's raw text, so it lands after the last span).
    if (first.options.transparent && more && !blankAfter) appendNewline(first)
  })
}

const unchecked = '<input type="checkbox" class="task-list-item-checkbox" disabled="disabled" />'
const checked =
  '<input type="checkbox" class="task-list-item-checkbox" disabled="disabled" checked="checked" />'

/** kramdown-parser-gfm's `parse_list`: `[ ]`/`[x]` opening an item's text become checkboxes. */
function taskList(list: Element): void {
  let isTaskList = false
  for (const item of list.children) {
    const p = item.children[0]
    if (p?.type !== 'p') continue
    const text = p.children[0]
    const box = text?.type === 'text' ? /^\s*\[( |x)\]\s+/i.exec(text.value) : null
    if (box && text) {
      text.value = text.value.slice(box[0].length)
      p.children.unshift(
        element('raw', box[1] === ' ' ? unchecked : checked, new Map(), { category: 'span' })
      )
      isTaskList = true
    }
    if (isTaskList) item.attr.set('class', 'task-list-item')
  }
  if (isTaskList) list.attr.set('class', 'task-list')
}

/**
 * kramdown continues a bullet list whatever bullet (`-`, `*`, `+`) the next item uses, across
 * blank lines; markdown-it starts a new list when the bullet changes. Such neighbours are joined.
 */
export function joinBulletLists(parent: { children: Element[] }, lines: readonly string[]): void {
  const out: Element[] = []
  for (const child of parent.children) {
    joinBulletLists(child, lines)
    const previous = out[out.length - 1]
    if (
      previous?.type === 'ul' &&
      child.type === 'ul' &&
      previous.attr.size === 0 &&
      previous.options.end !== undefined &&
      child.options.line !== undefined &&
      onlyBlank(lines, previous.options.end, child.options.line)
    ) {
      previous.children.push(...child.children)
      previous.options.end = child.options.end
      previous.attr = child.attr
      previous.options.refs = child.options.refs
      continue
    }
    out.push(child)
  }
  parent.children = out
}

function onlyBlank(lines: readonly string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isBlank(lines[i])) return false
  return true
}
