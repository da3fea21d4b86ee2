/**
 * The plugin tags GitHub Pages sites use most: `{% seo %}` (jekyll-seo-tag 2.8.0) and
 * `{% feed_meta %}` (jekyll-feed 0.17.0). Other plugin tags stay unknown (rendered as nothing,
 * with a diagnostic).
 */
import type { Runtime } from '../liquid/runtime'
import { feedMetaTagClass } from './feed-meta'
import { seoTagClass } from './seo'

export function registerPluginTags(runtime: Runtime): void {
  runtime.liquid.registerTag('seo', seoTagClass(runtime))
  runtime.liquid.registerTag('feed_meta', feedMetaTagClass(runtime))
}
