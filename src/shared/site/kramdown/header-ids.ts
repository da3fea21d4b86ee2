import type { Element } from './elements'

/**
 * Header ids as kramdown-parser-gfm makes them (`generate_gfm_header_id`): the header's text
 * (code, math and typographic characters included), lower-cased, every character that is not a
 * word character (any script: Chinese stays Chinese), `-`, space or tab dropped, spaces and tabs
 * turned into `-`. A repeat gets `-1`, `-2`… by a plain counter per id, as GFM's parser counts.
 */
export class GfmIds {
  private readonly counter = new Map<string, number>()

  constructor(private readonly prefix: string) {}

  next(text: string): string {
    let id = text
      .toLowerCase()
      .replace(/[^\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Join_Control}\- \t]/gu, '')
      .replace(/[ \t]/g, '-')
    const count = (this.counter.get(id) ?? -1) + 1
    this.counter.set(id, count)
    if (count > 0) id += `-${count}`
    return this.prefix + id
  }
}

/** `update_raw_text`: the text of a header as kramdown collects it for its id. */
export function rawText(children: readonly Element[]): string {
  let text = ''
  for (const child of children) {
    if (child.type === 'text' || child.type === 'codespan' || child.type === 'math')
      text += child.value
    else if (child.type === 'abbreviation') text += child.value
    else text += rawText(child.children)
  }
  return text
}
