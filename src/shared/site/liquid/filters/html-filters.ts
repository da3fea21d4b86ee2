/**
 * Ruby Liquid's HTML filters where liquidjs differs: `escape` writes `"` as `&quot;` (liquidjs
 * `&#34;`), `escape_once` leaves every named or numeric entity alone (liquidjs re-escapes
 * `&nbsp;`), and `strip_html` removes tags across lines.
 */
import type { Runtime } from '../runtime'
import { defineFilter } from './define'
import { rubyToS } from '../ruby-value'

const HTML_ESCAPE: Record<string, string> = {
  '&': '&amp;',
  '>': '&gt;',
  '<': '&lt;',
  '"': '&quot;',
  "'": '&#39;'
}
const ESCAPE_ONCE = /["><']|&(?!([a-zA-Z]+|(#\d+));)/g
const STRIP_BLOCKS = /<script[\s\S]*?<\/script>|<!--[\s\S]*?-->|<style[\s\S]*?<\/style>/g
const STRIP_TAGS = /<[\s\S]*?>/g

export function escapeHtml(text: string): string {
  return text.replace(/[&><"']/g, (char) => HTML_ESCAPE[char])
}

export function escapeOnce(text: string): string {
  return text.replace(ESCAPE_ONCE, (char) => HTML_ESCAPE[char])
}

export function stripHtml(text: string): string {
  return text.replace(STRIP_BLOCKS, '').replace(STRIP_TAGS, '')
}

export function registerHtmlFilters(runtime: Runtime): void {
  const toS = (value: unknown): string => rubyToS(value, runtime.timezone)
  const escape = (input: unknown): string | null =>
    input === null || input === undefined ? null : escapeHtml(toS(input))
  defineFilter(runtime.liquid, 'escape', escape)
  defineFilter(runtime.liquid, 'h', escape)
  defineFilter(runtime.liquid, 'escape_once', (input: unknown) => escapeOnce(toS(input)))
  defineFilter(runtime.liquid, 'strip_html', (input: unknown) => stripHtml(toS(input)))
}
