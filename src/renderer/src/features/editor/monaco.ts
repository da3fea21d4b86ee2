/// <reference types="vite/client" />
/**
 * The only module that imports monaco-editor (one third-party boundary per file). It loads the
 * editor API, just the contributions a prose editor uses (no language services, no IntelliSense),
 * the Markdown grammar, and the bundled CJK font, and tells Monaco how to start its web worker.
 *
 * The worker is a separate file bundled by Vite (`?worker`), started from the page's own origin:
 * the CSP (`script-src 'self'; worker-src 'self' blob:`) needs no eval and no CDN.
 */
import * as monaco from 'monaco-editor/editor'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'

// Typing, cursor movement, undo: the core commands every editor needs.
import 'monaco-editor/editor/browser/coreCommands'
import 'monaco-editor/features/codeEditor/register'
import 'monaco-editor/features/codicon/register'
// The compare view of a save conflict.
import 'monaco-editor/features/diffEditor/register'
// Find and replace (Ctrl+F, Ctrl+H), go to line (Ctrl+G), the command palette (F1).
import 'monaco-editor/features/find/register'
import 'monaco-editor/features/gotoLine/register'
import 'monaco-editor/features/quickCommand/register'
// Editing by hand: clipboard and context menu, line and word operations, multiple cursors.
import 'monaco-editor/features/clipboard/register'
import 'monaco-editor/features/contextmenu/register'
import 'monaco-editor/features/comment/register'
import 'monaco-editor/features/cursorUndo/register'
import 'monaco-editor/features/dnd/register'
import 'monaco-editor/features/folding/register'
import 'monaco-editor/features/lineSelection/register'
import 'monaco-editor/features/linesOperations/register'
import 'monaco-editor/features/multicursor/register'
import 'monaco-editor/features/smartSelect/register'
import 'monaco-editor/features/wordOperations/register'
import 'monaco-editor/features/wordPartOperations/register'
// Long single lines (pasted tables, minified HTML) and a message when typing into a read-only post.
import 'monaco-editor/features/longLinesHelper/register'
import 'monaco-editor/features/readOnlyMessage/register'
// Ctrl+M: Tab moves focus instead of indenting, for keyboard-only writers.
import 'monaco-editor/features/toggleTabFocusMode/register'
import 'monaco-editor/languages/definitions/markdown/register'
// The editor's last-resort font for Chinese, bundled so it never falls back to boxes.
import '@fontsource/noto-sans-sc/chinese-simplified-400.css'

self.MonacoEnvironment = {
  // Only the editor worker (diffs, word ranges) is used: no JSON, CSS or TypeScript workers.
  getWorker: (): Worker => new EditorWorker()
}

// Monaco measures character widths once; the bundled CJK font arrives later (it is loaded on
// first use), and widths measured with a stand-in font would misplace the cursor.
document.fonts.addEventListener('loadingdone', () => monaco.editor.remeasureFonts())

export { monaco }
