/**
 * `{% seo %}` (jekyll-seo-tag 2.8.0): the gem's own template rendered with `site`, `page`,
 * `paginator` and the `seo_tag` drop in a scope of their own, as the gem renders it with a fresh
 * site payload.
 */
import { Context, Tag } from 'liquidjs'
import type { Emitter } from 'liquidjs'
import type { TemplateSource } from '../liquid/index'
import type { Runtime, TagClass } from '../liquid/runtime'
import { renderParsed } from '../liquid/render-source'
import { SEO_TEMPLATE } from './seo-template'
import { seoDrop } from './seo-drop'

const source: TemplateSource = {
  text: SEO_TEMPLATE,
  file: 'plugin:jekyll-seo-tag/template.html',
  line: 1
}

/** `jekyll.version` when the scope has no `jekyll` of its own: the Jekyll Postcloud follows. */
const JEKYLL = { version: '4.3.1', environment: 'development' }

function hash(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {}
}

export function seoTagClass(runtime: Runtime): TagClass {
  return class SeoTag extends Tag {
    render(ctx: Context, emitter: Emitter): void {
      const site = hash(ctx.getSync(['site']))
      const page = hash(ctx.getSync(['page']))
      const paginator = ctx.getSync(['paginator'])
      const jekyll = ctx.getSync(['jekyll']) ?? JEKYLL
      const seo_tag = seoDrop({ runtime, markup: this.token.args, site, page, paginator })
      const scope = { site, page, paginator, seo_tag, jekyll }
      const inner = new Context(
        scope,
        runtime.liquid.options,
        { sync: true },
        {
          liquid: runtime.liquid,
          renderLimit: ctx.renderLimit,
          memoryLimit: ctx.memoryLimit
        }
      )
      renderParsed(runtime, runtime.parse(source), inner, emitter, source)
    }
  }
}
