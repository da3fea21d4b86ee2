import type { Element } from './elements'
import { GfmIds, rawText } from './header-ids'
import type { KramdownOptions } from './options'

/**
 * Gives headers their ids in document order as kramdown-parser-gfm's `update_elements` does. It
 * does not look inside HTML elements (`<div markdown="1">`): headers there get kramdown's own
 * ASCII ids from the HTML converter (`generate_id`), which this pass gives them too, as it
 * gives every header with `input: kramdown`.
 */
export function assignHeaderIds(elements: readonly Element[], options: KramdownOptions): void {
  if (!options.autoIds) return
  const gfm = new GfmIds(options.autoIdPrefix)
  const basic = new BasicIds(options.autoIdPrefix)
  const visit = (list: readonly Element[], insideHtml: boolean): void => {
    for (const el of list) {
      if (el.type === 'header' && !el.attr.has('id')) {
        const text = rawText(el.children)
        el.attr.set('id', insideHtml || !options.gfm ? basic.next(text) : gfm.next(text))
      }
      visit(el.children, insideHtml || el.type === 'html_element')
    }
  }
  visit(elements, false)
}

/** kramdown's `generate_id`: ASCII letters, digits, spaces and dashes from the first letter on. */
class BasicIds {
  private readonly used = new Map<string, number>()

  constructor(private readonly prefix: string) {}

  next(text: string): string {
    let id = text
      .replace(/^[^a-zA-Z]+/, '')
      .replace(/[^a-zA-Z0-9 -]/g, '')
      .replace(/ /g, '-')
      .toLowerCase()
    if (id === '') id = 'section'
    const used = this.used.get(id)
    if (used !== undefined) {
      this.used.set(id, used + 1)
      id += `-${used + 1}`
    } else this.used.set(id, 0)
    return this.prefix + id
  }
}
