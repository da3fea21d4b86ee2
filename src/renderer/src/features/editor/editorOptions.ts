import { editorFontStack } from '@shared/editor/font-stack'
import type { monaco } from './monaco'

/** The Monaco theme for the window's theme (Monaco's themes are global to the page). */
export function monacoTheme(theme: 'light' | 'dark'): string {
  return theme === 'dark' ? 'vs-dark' : 'vs'
}

/** The writer's font settings, with the CJK fallbacks after them; applied live on change. */
export function fontOptions(fontFamily: string, fontSize: number): monaco.editor.IEditorOptions {
  return { fontFamily: editorFontStack(fontFamily), fontSize }
}

/**
 * What the writing editor and the compare view share: prose, mostly Chinese, wrapped to the
 * window. Full-width punctuation is not "ambiguous" to these writers, so it is never boxed.
 */
export const proseOptions: monaco.editor.IEditorOptions = {
  ...fontOptions('', 14),
  // A multiple of the font size: CJK text needs more air than code.
  lineHeight: 1.6,
  wordWrap: 'on',
  minimap: { enabled: false },
  unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: false },
  // Ctrl+Left/Right step over Chinese words, not whole runs of Han characters.
  wordSegmenterLocales: ['zh-CN'],
  // U+2028 and friends stay in the text as the writer has them; nothing is rewritten unasked.
  unusualLineTerminators: 'off',
  automaticLayout: true,
  scrollBeyondLastLine: false,
  occurrencesHighlight: 'off',
  selectionHighlight: false,
  links: false
}

/** The writing editor: images are pasted and dropped by the window (see useImageInsertion). */
export const writingOptions: monaco.editor.IStandaloneEditorConstructionOptions = {
  ...proseOptions,
  language: 'markdown',
  // Monaco's own paste and drop handlers would insert file paths; the editor's hooks take images.
  pasteAs: { enabled: false },
  dropIntoEditor: { enabled: false },
  padding: { top: 8 }
}

/** The compare view: both sides read-only, side by side, wrapped like the editor. */
export const compareOptions: monaco.editor.IStandaloneDiffEditorConstructionOptions = {
  ...proseOptions,
  readOnly: true,
  originalEditable: false,
  renderSideBySide: true,
  useInlineViewWhenSpaceIsLimited: false,
  renderOverviewRuler: false,
  diffWordWrap: 'on'
}
