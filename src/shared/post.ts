/** Post data as it crosses the contract: JSON-safe, no Date objects (dates stay the writer's strings). */

export type FrontMatterValue =
  string | number | boolean | null | FrontMatterValue[] | FrontMatterMap
export interface FrontMatterMap {
  [key: string]: FrontMatterValue
}

/**
 * What the front matter fence of a file turned out to be.
 * - `ok`: a closed `---` block of valid YAML.
 * - `none`: the file does not start with a fence.
 * - `unclosed`: starts with `---` but never closes: the whole file is body (a horizontal rule).
 * - `invalid`: closed block whose YAML fails (syntax, duplicate keys, alias bomb, not a mapping).
 * - `refused`: a `---js` / `---javascript` (or other non-YAML) fence; never evaluated.
 */
export type FrontMatterStatus = 'ok' | 'none' | 'unclosed' | 'invalid' | 'refused'

export interface FrontMatterProblem {
  message: string
  /** 1-based line and column in the file, when the parser knows them. */
  line?: number
  column?: number
}

/** Identifies the exact file contents the editor loaded; a save with a stale stamp is a conflict. */
export interface PostStamp {
  mtimeMs: number
  size: number
  /** sha256 of the file's bytes, hex. */
  hash: string
}

export type LineEnding = 'lf' | 'crlf' | 'mixed' | 'none'

/**
 * How a post's bytes were decoded. A `gb18030` post (GBK or GB18030, strictly decoded) is opened
 * read-only; only `convertToUtf8` writes it, as UTF-8.
 */
export type PostEncoding = 'utf-8' | 'gb18030'

/** Why a file in the folder cannot be opened as text. */
export type Unreadable = 'binary' | 'bad-encoding' | 'too-large' | 'unreadable'

export interface PostSummary {
  /** Path relative to the open folder, `/` separated. */
  id: string
  title: string
  /** The front matter `date` as written, or the date in a Jekyll file name, else null. */
  date: string | null
  layout: string | null
  categories: string[]
  tags: string[]
  /** The front matter `series`, when the post names one (see shared/words/series). */
  series?: string
  draft: boolean
  size: number
  mtimeMs: number
  /** Chinese characters plus words of Latin script in the body. */
  wordCount: number
  frontMatterStatus: FrontMatterStatus
  /** Set when the file cannot be opened as text; such a post is listed but never opened or segmented. */
  unreadable?: Unreadable
  /** Set for a GBK/GB18030 post (opened read-only until converted); absent for UTF-8. */
  encoding?: 'gb18030'
}

export interface Post {
  id: string
  /** The file's text without the BOM, line endings untouched. */
  raw: string
  /** Text after the front matter block (the whole text when there is none). */
  body: string
  /** 0-based line of `raw` where `body` starts. */
  bodyLine: number
  frontMatter: FrontMatterMap | null
  frontMatterStatus: FrontMatterStatus
  frontMatterProblem?: FrontMatterProblem
  stamp: PostStamp
  bom: boolean
  lineEnding: LineEnding
  encoding: PostEncoding
  /** True when the file cannot be written: its permissions, or a GB18030 post not yet converted. */
  readOnly: boolean
}
