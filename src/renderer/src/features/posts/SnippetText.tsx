import type { SnippetMark } from '@shared/search'
import './snippet.css'

interface Props {
  snippet: string
  marks: readonly SnippetMark[]
}

/**
 * A search result's snippet with the match in a <mark>. However narrow the list, the match stays
 * in view: the text before it gives way from its start and the text after it from its end, each
 * with an ellipsis.
 */
export function SnippetText({ snippet, marks }: Props): React.JSX.Element {
  const [start, end] = marks[0] ?? [snippet.length, snippet.length]
  return (
    <span className="snippet" data-testid="search-snippet">
      <span className="snippet-before">
        <bdi>{snippet.slice(0, start)}</bdi>
      </span>
      {end > start && <mark className="snippet-match">{snippet.slice(start, end)}</mark>}
      <span className="snippet-after">{snippet.slice(end)}</span>
    </span>
  )
}
