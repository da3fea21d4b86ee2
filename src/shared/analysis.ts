/** Word statistics for the prose of one post or a corpus of posts. */

/**
 * The most characters `analyzeText` counts (the preview's limit too): segmenting 5 M characters
 * takes seconds, and a 50 MB post would keep the workers busy for half a minute after every pause
 * in typing. A longer text is refused at once (TOO_LARGE) and the window says why.
 */
export const maxAnalyzeChars = 5 * 1024 * 1024

export interface WordStat {
  word: string
  count: number
  /** TF-IDF: (count / tokens) x the word's IDF from jieba's IDF table (median IDF for unknown words). */
  weight: number
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
}

export interface AnalysisResult {
  /** Sorted by count, highest first; ties by weight, then by word. */
  words: WordStat[]
  /** Documents analysed (1 for analyzeText). */
  files: number
  /** Characters of prose analysed, after Markdown was stripped. */
  chars: number
  /** Tokens counted after filtering (the TF denominator). */
  tokens: number
  /** Wall time of the analysis in milliseconds. */
  ms: number
}
