import { countLines } from '@shared/editor/line-count'
import { PostRenderer } from '@shared/markdown/render-post'
import type { RenderRequest, RenderResponse } from './render-protocol'

/**
 * Parses and renders the buffer off the window's thread: Markdown that takes markdown-it a second
 * (a megabyte of `*a`) must not freeze typing. Only sanitizing and patching the DOM stay in the
 * window, and they touch only the blocks that changed.
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<RenderRequest>) => void) | null
  postMessage(message: RenderResponse): void
}
const scope = self as unknown as WorkerScope
// Keeps the last render's sections: the next keystroke re-parses only the one it changed.
const renderer = new PostRenderer()

scope.onmessage = ({ data: request }) => {
  try {
    const post = renderer.render(request.source, request.postId, request.site)
    scope.postMessage({ id: request.id, post, lineCount: countLines(request.source) })
  } catch (error) {
    scope.postMessage({ id: request.id, error: String(error) })
  }
}
