/** Jekyll's tags over liquidjs's (include, include_relative, highlight, post_url, link) and the plugin tags. */
import { Tag } from 'liquidjs'

import type { Runtime, TagClass } from '../runtime'
import { registerIncludeTags } from './include'
import { highlightTagClass } from './highlight'
import { linkTagClass, postUrlTagClass } from './post-url'
import { tablerowTagClass } from './tablerow'
import { forTagClass } from './for-parentloop'
import { registerPluginTags } from '../../plugins'

export function registerJekyllTags(runtime: Runtime): void {
  registerIncludeTags(runtime)
  runtime.liquid.registerTag('highlight', highlightTagClass(runtime))
  runtime.liquid.registerTag('post_url', postUrlTagClass(runtime))
  runtime.liquid.registerTag('link', linkTagClass(runtime))
  runtime.liquid.registerTag('render', refusedRenderTag(runtime))
  runtime.liquid.registerTag('tablerow', tablerowTagClass(runtime))
  runtime.liquid.registerTag('for', forTagClass(runtime))
  registerPluginTags(runtime)
}

/**
 * Jekyll gives Liquid no file system, so Ruby Liquid's `{% render %}` fails with "This liquid
 * context does not allow includes."; here it renders nothing with that diagnostic.
 */
function refusedRenderTag(runtime: Runtime): TagClass {
  return class RenderTag extends Tag {
    render(): string {
      runtime.report({
        kind: 'include',
        file: this.token.file ?? '',
        line: runtime.fileLine(this.token.file, this.token.getPosition()[0]),
        message:
          'Liquid error: This liquid context does not allow includes ({% render %} needs {% include %} in Jekyll)'
      })
      return ''
    }
  }
}
