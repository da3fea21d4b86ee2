/**
 * `{% feed_meta %}` (jekyll-feed 0.17.0, meta-tag.rb): the Atom feed's <link>, its href the
 * absolute URL of `feed.path` (default `feed.xml`), titled with the site's title or name; each
 * value escaped as String#encode(xml: :attr) does (quoted, & < > " and ' escaped).
 */
import { Tag } from 'liquidjs'
import type { Runtime, TagClass } from '../liquid/runtime'
import { absoluteUrl } from '../liquid/filters/url-filters'
import { xmlEscape } from '../liquid/filters/text-filters'
import { rubyToS } from '../liquid/ruby-value'

export function feedMetaTagClass(runtime: Runtime): TagClass {
  return class FeedMetaTag extends Tag {
    render(): string {
      const config = runtime.config
      const feed = config.feed
      const feedPath =
        feed !== null && typeof feed === 'object'
          ? (feed as Record<string, unknown>).path
          : undefined
      const path =
        feedPath === null || feedPath === undefined || feedPath === false ? 'feed.xml' : feedPath
      const title = [config.title, config.name].find(
        (v) => v !== null && v !== undefined && v !== false
      )
      const attributes: [string, unknown][] = [
        ['type', 'application/atom+xml'],
        ['rel', 'alternate'],
        ['href', absoluteUrl(config, path)]
      ]
      if (title !== undefined) attributes.push(['title', title])
      const attrs = attributes
        .map(([key, value]) => `${key}="${xmlEscape(rubyToS(value, runtime.timezone))}"`)
        .join(' ')
      return `<link ${attrs} />`
    }
  }
}
