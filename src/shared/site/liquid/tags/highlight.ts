/**
 * Jekyll's `{% highlight lang [linenos] %}…{% endhighlight %}` (jekyll/tags/highlight.rb): the
 * body is rendered as Liquid and stripped of leading and trailing line breaks; the host (Rouge)
 * writes the block with Jekyll's `<figure class="highlight"><pre><code …>` wrapper, and the tag
 * adds the site's `highlighter_prefix` and `highlighter_suffix`.
 */
import { Tag, TagToken } from 'liquidjs'
import type { Context, Liquid, Parser, Template, TopLevelToken } from 'liquidjs'
import type { Runtime, TagClass } from '../runtime'
import { renderToString } from '../render-source'

const SYNTAX = /^([a-zA-Z0-9.+#_-]+)((\s+\w+(=(\w+|"([0-9]+\s)*[0-9]+"))?)*)$/
const OPTIONS = /(?:\w="[^"]*"|\w=\w|\w)+/g

interface HighlightOptions {
  linenos?: boolean | 'table' | 'inline'
  markLines?: number[]
}

export function highlightTagClass(runtime: Runtime): TagClass {
  return class HighlightTag extends Tag {
    private readonly lang: string
    private readonly options: HighlightOptions
    private readonly body: Template[] = []

    constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid, parser: Parser) {
      super(token, remainTokens, liquid)
      const match = SYNTAX.exec(token.args.trim())
      if (!match) {
        throw new Error(
          `Syntax Error in tag 'highlight' while parsing the following markup: ${token.args.trim()} (valid syntax: highlight <lang> [linenos])`
        )
      }
      this.lang = match[1].toLowerCase()
      this.options = parseOptions(match[2])
      while (remainTokens.length) {
        const next = remainTokens.shift() as TopLevelToken
        if (next instanceof TagToken && next.name === 'endhighlight') return
        this.body.push(parser.parseToken(next, remainTokens))
      }
      throw new Error(`tag ${token.getText()} not closed`)
    }

    render(ctx: Context): string {
      const code = renderToString(runtime, this.body, ctx).replace(/^[\n\r]+|[\n\r]+$/g, '')
      const prefix = ctx.getSync(['highlighter_prefix'])
      const suffix = ctx.getSync(['highlighter_suffix'])
      const figure = runtime.host.highlight(code, this.lang, this.options)
      return `${text(prefix)}${figure}${text(suffix)}`
    }
  }
}

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value)
}

/**
 * Jekyll's parse_options. Jekyll 4.3's render_rouge uses Rouge's table formatter for any
 * `linenos`, so the host is told `table` whatever the value; `mark_lines="1 2"` is passed on.
 */
function parseOptions(input: string): HighlightOptions {
  const options: HighlightOptions = {}
  for (const option of input.match(OPTIONS) ?? []) {
    const [key, value] = option.split('=')
    if (key === 'linenos') options.linenos = 'table'
    if (key === 'mark_lines' && value) {
      options.markLines = value.replace(/"/g, '').split(/\s+/).filter(Boolean).map(Number)
    }
  }
  return options
}
