/**
 * How Document#merge_data! and read_post_data treat `categories`, `category`, `tags` and `tag`
 * (document.rb, Utils.pluralized_array_from_hash).
 */

type Data = Record<string, unknown>

function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '')
}

/**
 * merge_categories!: a `categories` string is split on white space, and categories already there
 * (from the path, from defaults) are kept in front, without duplicates.
 */
export function mergeCategories(data: Data, incoming: Data): Data {
  if (!Object.prototype.hasOwnProperty.call(incoming, 'categories')) return incoming
  let value = incoming.categories
  if (value === null || value === undefined) return incoming
  if (typeof value === 'string') value = words(value)
  if (Array.isArray(data.categories) && Array.isArray(value))
    value = [...new Set([...(data.categories as unknown[]), ...value])]
  return { ...incoming, categories: value }
}

/** Utils.pluralized_array_from_hash: the singular key wins; a plural string splits on spaces. */
export function pluralizedArray(data: Data, singular: string, plural: string): unknown[] {
  let value: unknown = data[singular]
  if (value === undefined || value === null || value === false) {
    const pluralValue = data[plural]
    if (typeof pluralValue === 'string') value = words(pluralValue)
    else if (Array.isArray(pluralValue)) value = pluralValue.filter((item) => item !== null)
    else value = undefined
  }
  const list = Array.isArray(value) ? value.flat(Infinity) : [value]
  return list.filter((item) => item !== null && item !== undefined)
}

/** populate_categories: the path's categories, then the front matter's, as strings, once each. */
export function populateCategories(data: Data): string[] {
  const current = data.categories
  const list = Array.isArray(current)
    ? current
    : current === undefined || current === null
      ? []
      : [current]
  const all = [...list, ...pluralizedArray(data, 'category', 'categories')]
  return [...new Set(all.flat(Infinity).map((item) => String(item)))]
}

/** populate_tags. */
export function populateTags(data: Data): unknown[] {
  return pluralizedArray(data, 'tag', 'tags')
}

/** Utils.titleize_slug: `my-first-post` → `My First Post`. */
export function titleizeSlug(slug: string): string {
  return slug
    .split('-')
    .map((word) => (word === '' ? '' : word[0].toUpperCase() + word.slice(1).toLowerCase()))
    .join(' ')
}

/** Excerpt#extract_excerpt: the text before the separator, with link definitions it uses. */
export function extractExcerpt(body: string, separator: string): string {
  const at = body.indexOf(separator)
  if (at === -1) return body
  let head = body.slice(0, at)
  const tail = body.slice(at + separator.length)
  if (tail === '') return head
  if (head.includes('{%')) head = closeOpenBlocks(head)
  const definitions: string[] = []
  for (const match of tail.matchAll(/^ {0,3}(\[[^\]]+\])(:.+)$/gm))
    if (head.includes(match[1])) definitions.push(match[1] + match[2])
  return definitions.length === 0 ? head : `${head}\n\n${definitions.join('\n')}`
}

// Liquid blocks Jekyll and Liquid know; an excerpt cut inside one gets the closing tag added.
const BLOCK_TAGS = new Set([
  'if',
  'unless',
  'for',
  'case',
  'capture',
  'comment',
  'raw',
  'tablerow',
  'highlight'
])

function closeOpenBlocks(head: string): string {
  let out = head
  const names = [...head.matchAll(/{%-?\s*(\w+)\s*[\s\S]*?-?%}/g)].map((match) => match[1])
  for (const name of names.reverse()) {
    if (!BLOCK_TAGS.has(name)) continue
    if (new RegExp(`{%-?\\s*end${name}[\\s\\S]*?\\s*-?%}`).test(out)) continue
    out += `\n{% end${name} %}`
  }
  return out
}
