/** One match of `searchPosts`: where the query was found and the text around it. */
export interface SearchHit {
  id: string
  /** Where the first match is: the title, or the body text (front matter excluded). */
  field: 'title' | 'body'
  /** Up to ~80 characters around the first match, on one line. */
  snippet: string
  /** 0-based line of `raw` of the first match (0 for a title match). */
  line: number
  /** How many times the query occurs in title and body together. */
  count: number
}
