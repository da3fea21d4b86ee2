/** Word statistics for the prose of one post or a corpus of posts. */

/**
 * The most characters `analyzeText` counts (the preview's limit too): segmenting 5 M characters
 * takes seconds, and a 50 MB post would keep the workers busy for half a minute after every pause
 * in typing. A longer text is refused at once (TOO_LARGE) and the window says why.
 */
export const maxAnalyzeChars = 5 * 1024 * 1024

/**
 * How a word's size is decided: `count` (how often the post says it) or `distinctive` (TF-IDF with
 * the post's series as the document set, so words every issue uses fade).
 */
export type Emphasis = 'count' | 'distinctive'

export const emphasisValues: readonly Emphasis[] = ['count', 'distinctive']

export interface WordStat {
  word: string
  count: number
  /** TF-IDF: (count / tokens) x the word's IDF from jieba's IDF table (median IDF for unknown words). */
  weight: number
  /** The word's score for the chosen emphasis (its count for `count`); results are sorted by it. */
  score: number
  /** The words a compound term was found made of (具身智能: 具身, 智能); absent for other words. */
  parts?: string[]
}

export interface AnalyzeOptions {
  /** How many words to return, highest count first; all when omitted. */
  top?: number
  /** Extra words to drop for this call, on top of the bundled and folder stopwords. */
  stopwords?: string[]
  /** Extra one-character words to keep for this call. */
  keepWords?: string[]
  /** Treat the text as Markdown with optional front matter (default true). */
  markdown?: boolean
  /**
   * The open folder's post this text is (a buffer of it): its series' boilerplate is skipped, the
   * folder's split terms apply and `distinctive` compares it with the rest of its series.
   */
  postId?: string
  /** `count` by default. */
  emphasis?: Emphasis
}

/** The lines of a post taken as its series' template text, whose words are not counted. */
export interface BoilerplateInfo {
  /** The series' name (its `series:`, first category, or title without dates), null for none. */
  series: string | null
  /** Posts of the series in the folder (the rule needs at least 5). */
  posts: number
  /** False when the folder has turned the rule off (the lines below are then counted). */
  enabled: boolean
  /** The post's lines taken as boilerplate, as prose (the bundled template's fixed text included). */
  lines: string[]
}

/** A term that the folder's posts write as one, offered for the user dictionary. */
export interface TermSuggestion {
  term: string
  parts: string[]
  /** Posts in which the term was found as a compound. */
  posts: number
  /** Its occurrences over those posts. */
  count: number
}

export interface AnalysisResult {
  /** Sorted by score, highest first; ties by count, weight, then by word. */
  words: WordStat[]
  emphasis: Emphasis
  /** For a post of a folder (`postId`): its boilerplate lines; absent otherwise. */
  boilerplate?: BoilerplateInfo
  /** Documents analysed (1 for analyzeText). */
  files: number
  /** Characters of prose analysed, after Markdown was stripped. */
  chars: number
  /** Tokens counted after filtering (the TF denominator). */
  tokens: number
  /** Wall time of the analysis in milliseconds. */
  ms: number
}
