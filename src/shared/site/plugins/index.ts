/** The plugin tags GitHub Pages sites use: `{% seo %}` (jekyll-seo-tag), `{% feed_meta %}` (jekyll-feed). */
import type { Runtime } from '../liquid/runtime'

export function registerPluginTags(runtime: Runtime): void {
  void runtime
}
