/** Jekyll's URL filters (jekyll/filters/url_filters.rb) with Addressable's normalisation. */
import type { Runtime } from '../runtime'
import { defineFilter } from './define'
import { isAbsoluteUri, normalizeUri } from '../addressable'

/** A post or page object stands for its `url`, as Jekyll's drops respond to `url`. */
function urlOf(input: unknown): unknown {
  if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
    const url = (input as { url?: unknown }).url
    if (url !== undefined) return url
  }
  return input
}

function toText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value)
}

function ensureLeadingSlash(input: string): string {
  return input === '' || input.startsWith('/') ? input : `/${input}`
}

export function relativeUrl(config: Record<string, unknown>, input: unknown): string | null {
  if (input === null || input === undefined) return null
  const url = toText(urlOf(input))
  if (isAbsoluteUri(url)) return url
  const baseurl =
    config.baseurl === null || config.baseurl === undefined
      ? ''
      : toText(config.baseurl).replace(/\/$/, '')
  return normalizeUri(ensureLeadingSlash(baseurl) + ensureLeadingSlash(url))
}

export function absoluteUrl(config: Record<string, unknown>, input: unknown): string | null {
  if (input === null || input === undefined) return null
  const url = toText(urlOf(input))
  if (isAbsoluteUri(url)) return url
  const siteUrl = config.url
  const relative = relativeUrl(config, url) ?? ''
  if (siteUrl === null || siteUrl === undefined || siteUrl === '') return relative
  return normalizeUri(toText(siteUrl) + relative)
}

export function registerUrlFilters(runtime: Runtime): void {
  const { liquid, config } = runtime
  defineFilter(liquid, 'relative_url', (input: unknown) => relativeUrl(config, input))
  defineFilter(liquid, 'absolute_url', (input: unknown) => absoluteUrl(config, input))
  defineFilter(liquid, 'strip_index', (input: unknown) => {
    if (input === null || input === undefined || input === '') return input === '' ? null : null
    return toText(input).replace(/\/index\.html?$/, '/')
  })
}
