/** Jekyll's filters on top of liquidjs's standard ones (Jekyll's win where both exist, as in Ruby). */
import type { Runtime } from '../runtime'
import { registerArrayFilters } from './array-filters'
import { registerArrayOutputFilters } from './array-output-filters'
import { registerDateFilters } from './date-filters'
import { registerHtmlFilters } from './html-filters'
import { registerMathFilters } from './math-filters'
import { registerTextFilters } from './text-filters'
import { registerUrlFilters } from './url-filters'

export function registerJekyllFilters(runtime: Runtime): void {
  registerUrlFilters(runtime)
  registerDateFilters(runtime)
  registerTextFilters(runtime)
  registerArrayFilters(runtime)
  registerArrayOutputFilters(runtime)
  registerMathFilters(runtime)
  registerHtmlFilters(runtime)
}
