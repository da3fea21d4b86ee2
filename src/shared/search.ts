/** One match of `searchPosts`: where the query was found and the text around it. */
export interface SearchHit {
  id: string
  /** Where the first match is: the title, or the body text (front matter excluded). */
  field: 'title' | 'body'
  /**
   * About 80 characters centred on the first match, from its line, as a reader sees them: plain
   * text with no Markdown syntax, `…` where the line was cut.
   */
  snippet: string
  /** Where the match is in `snippet`, to highlight; empty when it fell in syntax nobody sees. */
  marks: SnippetMark[]
  /** 0-based line of `raw` of the first match (0 for a title match). */
  line: number
  /** How many times the query occurs in title and body together. */
  count: number
}

/** A [start, end) range of a snippet, in UTF-16 units (`snippet.slice(start, end)`). */
export type SnippetMark = [start: number, end: number]

/** A search result's text and where the match is in it. */
export interface SearchSnippet {
  snippet: string
  marks: SnippetMark[]
}
