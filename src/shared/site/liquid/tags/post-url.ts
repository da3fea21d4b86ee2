/**
 * `{% post_url 2024-01-02-name %}` and `{% link path %}` (jekyll/tags/post_url.rb, link.rb): the
 * host finds the URL, the tag adds the baseurl as relative_url does. A name that matches nothing
 * renders as nothing with a diagnostic (Jekyll stops the build).
 */
import { Tag } from 'liquidjs'
import type { Context, Liquid, Parser, TagToken, Template, TopLevelToken } from 'liquidjs'
import type { Runtime, TagClass } from '../runtime'
import { relativeUrl } from '../filters/url-filters'
import { renderToString } from '../render-source'

const POST_NAME = /^(.+\/)*(\d+-\d+-\d+)-(.*)$/

export function postUrlTagClass(runtime: Runtime): TagClass {
  return class PostUrlTag extends Tag {
    private readonly postName: string
    constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
      super(token, remainTokens, liquid)
      this.postName = token.args.trim()
      if (!POST_NAME.test(this.postName.replace(/^\//, ''))) {
        throw new Error(`Could not parse name of post "${this.postName}" in tag 'post_url'`)
      }
    }
    render(): string {
      const url = runtime.host.postUrl(this.postName)
      if (url === null) {
        report(runtime, this.token, `Could not find post "${this.postName}" in tag 'post_url'`)
        return ''
      }
      return relativeUrl(runtime.config, url) ?? ''
    }
  }
}

export function linkTagClass(runtime: Runtime): TagClass {
  return class LinkTag extends Tag {
    private readonly path: Template[]
    constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid, parser: Parser) {
      super(token, remainTokens, liquid)
      // Jekyll renders the path as Liquid first: `{% link {{ page.doc }} %}`.
      this.path = parser.parse(token.args.trim(), token.file)
    }
    render(ctx: Context): string {
      const path = renderToString(runtime, this.path, ctx)
      // The host matches `path` as Jekyll does (a page's relative_path, or a static file's with a leading /).
      const url = runtime.host.link(path)
      if (url === null) {
        report(runtime, this.token, `Could not find document '${path}' in tag 'link'`)
        return ''
      }
      return relativeUrl(runtime.config, url) ?? ''
    }
  }
}

function report(runtime: Runtime, token: TagToken, message: string): void {
  runtime.report({
    kind: 'liquid',
    file: token.file ?? '',
    line: runtime.fileLine(token.file, token.getPosition()[0]),
    message
  })
}
