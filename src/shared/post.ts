/** Post data as it crosses the contract: JSON-safe, no Date objects (dates stay the writer's strings). */

import type { AutosaveMode } from './recovery'

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

export interface FolderInfo {
  /** Absolute path of the open folder. */
  path: string
  name: string
  /** True when the folder has `_config.yml` or `_posts/`. */
  jekyll: boolean
  /** The site's `baseurl` from `_config.yml`, '' when none. */
  baseurl: string
  /** The site's `url` from `_config.yml`, '' when none. */
  url: string
}

/** The template a new post gets when none is chosen: the bundled weekly/daily report. */
export const defaultTemplateId = 'bundled:report'

export interface TemplateInfo {
  /** `bundled:<name>` or `folder:<name>` */
  id: string
  name: string
  source: 'bundled' | 'folder'
}

export interface CreatePostInput {
  title: string
  /** A template id from listTemplates(); the bundled report template when omitted. */
  template?: string
  /** Write into `_drafts/` (Jekyll) instead of `_posts/`. */
  draft?: boolean
  /** ISO instant to stamp the post with; now when omitted. Tests pass it for reproducible names. */
  now?: string
  /** Minutes east of UTC for the `date` field; the writer's zone when omitted. */
  utcOffsetMinutes?: number
}

export interface CreatedPost {
  id: string
  stamp: PostStamp
}

/** What happened to a post file on disk. */
export type LibraryEventKind = 'add' | 'change' | 'unlink'

export interface LibraryEvent {
  kind: LibraryEventKind
  /** The post whose file it happened to. */
  id: string
}

/**
 * Events may have been missed (the web host's event stream was down and came back): re-read the
 * list and the open posts.
 */
export interface RescanNotice {
  kind: 'rescan'
}

/** A window went with unsaved buffers, which `listRecoverable` now offers. No post changed. */
export interface RecoverableNotice {
  kind: 'recoverable'
}

/** Everything the open folder's event channel brings a window. */
export type FolderEvent = LibraryEvent | RescanNotice | RecoverableNotice

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

/** A post moved to the app's own trash (web host and CLI; Electron uses the system trash). */
export interface TrashEntry {
  /** Opaque id of the entry inside the trash. */
  entry: string
  /** The post's id in its folder when it was deleted. */
  id: string
  /** Absolute path of the folder the post was deleted from. */
  folder: string
  /** ISO time of the deletion. */
  deletedAt: string
}

export interface DeletedPost {
  id: string
  /** The app trash entry that can restore it; null when it went to the system trash. */
  trashEntry: string | null
}

/** An image saved into the folder for a post (pasted or dropped into the editor). */
export interface SavedImage {
  /** Path of the image relative to the open folder, `/` separated. */
  path: string
  /**
   * The link to write in the post: relative to the post in a plain folder, root-relative with the
   * site's `baseurl` in a Jekyll site.
   */
  link: string
}

export type ThemeSetting = 'system' | 'light' | 'dark'
export type LanguageSetting = 'system' | 'en' | 'zh-CN'

/** The writer's own settings, kept in the app's data folder (not in the posts folder). */
export interface AppSettings {
  theme: ThemeSetting
  language: LanguageSetting
  /** CSS font-family list for the editor; the bundled Noto Sans SC is always appended as fallback. */
  editorFontFamily: string
  editorFontSize: number
  /** Whether the preview may load images from the internet. */
  remoteContent: boolean
  /** When the window saves by itself; 'off' by default. */
  autosave: AutosaveMode
  /** For autosave 'delay': milliseconds after the last keystroke (200 to 60000). */
  autosaveDelayMs: number
}
