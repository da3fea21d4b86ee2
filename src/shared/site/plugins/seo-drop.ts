/**
 * What jekyll-seo-tag 2.8.0's drops (drop.rb, author_drop.rb, image_drop.rb, json_ld_drop.rb)
 * give its template as `seo_tag`, computed from `site` and `page` with the same filters. Ruby's
 * `||` is kept: only nil and false fall through, an empty string does not.
 */
import { absoluteUrl } from '../liquid/filters/url-filters'
import { dateToXmlschema } from '../liquid/filters/date-filters'
import { escapeOnce, stripHtml } from '../liquid/filters/html-filters'
import { normalizeWhitespace, uriEscape } from '../liquid/filters/text-filters'
import { isAbsoluteUri } from '../liquid/addressable'
import { rubyToS } from '../liquid/ruby-value'
import type { Runtime } from '../liquid/runtime'

type Hash = Record<string, unknown>

export const SEO_TAG_VERSION = '2.8.0'
const HOMEPAGE_OR_ABOUT = /^\/(about\/)?(index.html?)?$/

function or(...values: unknown[]): unknown {
  return values.find((value) => value !== null && value !== undefined && value !== false) ?? null
}

function isHash(value: unknown): value is Hash {
  return (
    value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)
  )
}

function subHash(hash: Hash, key: string): Hash {
  return isHash(hash[key]) ? (hash[key] as Hash) : {}
}

export interface SeoInput {
  runtime: Runtime
  /** The tag's markup: `title=false` hides the <title>. */
  markup: string
  site: Hash
  page: Hash
  paginator: unknown
}

export function seoDrop({ runtime, markup, site, page, paginator }: SeoInput): Hash {
  const tz = runtime.timezone
  const toS = (value: unknown): string => rubyToS(value, tz)
  const format = (value: unknown): string | null => {
    const text = escapeOnce(normalizeWhitespace(stripHtml(runtime.host.markdownify(toS(value)))))
    return text === '' ? null : text
  }
  const pageSeo = subHash(page, 'seo')
  const siteSocial = subHash(site, 'social')
  const siteTitle = format(or(site.title, site.name))
  const siteTagline = format(site.tagline)
  const siteDescription = format(site.description)
  const pageTitle = format(page.title) ?? siteTitle
  const homepageOrAbout = HOMEPAGE_OR_ABOUT.test(toS(page.url))

  let title: string | null
  if (siteTitle && pageTitle !== siteTitle) title = `${pageTitle} | ${siteTitle}`
  else if (siteDescription && siteTitle) title = `${siteTitle} | ${siteTagline ?? siteDescription}`
  else title = pageTitle ?? siteTitle
  const number = pageNumber(paginator, site)
  if (number && title !== null) title = number + title

  let name: string | null = null
  if (pageSeo.name !== undefined && pageSeo.name !== null && pageSeo.name !== false)
    name = format(pageSeo.name)
  else if (homepageOrAbout) name = siteSocial.name ? format(siteSocial.name) : siteTitle

  const canonicalUrl =
    toS(page.canonical_url) === ''
      ? toS(absoluteUrl(runtime.config, page.url)).replace(/\/index\.html$/, '/')
      : page.canonical_url
  const author = authorOf(page, site)
  const image = imageOf(page, runtime)
  const dateSource = or(pageSeo.date_modified, page.last_modified_at, page.date)
  const type =
    or(pageSeo.type) ?? (homepageOrAbout ? 'WebSite' : or(page.date) ? 'BlogPosting' : 'WebPage')
  const logo = site.logo
    ? uriEscape(
        toS(isAbsoluteUri(toS(site.logo)) ? site.logo : absoluteUrl(runtime.config, site.logo))
      )
    : null
  const pageLang = or(page.lang, site.lang, 'en_US')

  const drop: Hash = {
    version: SEO_TAG_VERSION,
    title_shown: title !== null && !/title=false/i.test(markup),
    site_title: siteTitle,
    site_tagline: siteTagline,
    site_description: siteDescription,
    page_title: pageTitle,
    site_tagline_or_description: siteTagline ?? siteDescription,
    title,
    name,
    description: format(or(page.description, page.excerpt)) ?? siteDescription,
    author,
    image,
    date_modified: dateSource ? dateToXmlschema(dateSource, tz) : null,
    date_published: or(page.date) ? dateToXmlschema(page.date, tz) : null,
    type,
    links: or(pageSeo.links) ?? (homepageOrAbout ? or(siteSocial.links) : null),
    logo,
    page_lang: pageLang,
    page_locale: toS(or(page.locale, site.locale, pageLang)).replace(/-/g, '_'),
    canonical_url: canonicalUrl
  }
  drop.json_ld = jsonLd(drop, author, image)
  return drop
}

function pageNumber(paginator: unknown, site: Hash): string | null {
  if (!isHash(paginator) || !paginator.page) return null
  const current = Number(paginator.page)
  if (!(current > 1)) return null
  const message =
    typeof site.seo_paginator_message === 'string'
      ? site.seo_paginator_message
      : 'Page %<current>s of %<total>s for '
  return message
    .replace(/%<current>s/g, String(paginator.page))
    .replace(/%<total>s/g, String(paginator.total_pages ?? ''))
}

/** AuthorDrop: the first non-empty of page.author, page.authors[0], site.author, with _data/authors. */
function authorOf(page: Hash, site: Hash): Hash {
  const sources = [
    page.author,
    Array.isArray(page.authors) ? page.authors[0] : undefined,
    site.author
  ]
  const resolved = sources.find(
    (source) =>
      source !== null &&
      source !== undefined &&
      source !== '' &&
      !(isHash(source) && Object.keys(source).length === 0)
  )
  let hash: Hash = {}
  if (isHash(resolved)) hash = resolved
  else if (typeof resolved === 'string') {
    const authors = isHash(site.data) ? (site.data as Hash).authors : undefined
    const data = isHash(authors) && isHash(authors[resolved]) ? (authors[resolved] as Hash) : {}
    hash = { name: resolved, ...data }
  }
  const twitter = or(hash.twitter, hash.name)
  return {
    ...hash,
    name: hash.name ?? null,
    twitter: typeof twitter === 'string' ? twitter.replace(/^@/, '') : null
  }
}

/** ImageDrop: null unless the page names an image; `path` is absolute and escaped. */
function imageOf(page: Hash, runtime: Runtime): Hash | null {
  const meta = page.image
  const hash: Hash = isHash(meta)
    ? { path: null, ...meta }
    : typeof meta === 'string'
      ? { path: meta }
      : { path: null }
  const raw = or(hash.path, hash.facebook, hash.twitter)
  if (!raw) return null
  const absolute =
    typeof raw === 'string' && !isAbsoluteUri(raw) ? absoluteUrl(runtime.config, raw) : raw
  if (!absolute) return null
  return { ...hash, path: uriEscape(rubyToS(absolute, runtime.timezone)) }
}

/** JSONLDDrop#to_json: its keys sorted, nil values left out. */
function jsonLd(drop: Hash, author: Hash, image: Hash | null): Hash {
  const authorType = author.type
  const jsonAuthor =
    author.name && !(authorType && authorType !== 'Organization' && authorType !== 'Person')
      ? {
          '@type': authorType ?? 'Person',
          name: author.name,
          ...(author.url ? { url: author.url } : {})
        }
      : null
  let jsonImage: unknown = null
  if (image) {
    if (Object.keys(image).length === 1) jsonImage = image.path
    else {
      const { path, ...rest } = image
      jsonImage = { ...rest, url: path, '@type': 'imageObject' }
    }
  }
  const publisher = drop.logo
    ? {
        '@type': 'Organization',
        logo: { '@type': 'ImageObject', url: drop.logo },
        ...(author.name ? { name: author.name } : {})
      }
    : null
  const type = drop.type
  const fields: Hash = {
    '@context': 'https://schema.org',
    '@type': type,
    author: jsonAuthor,
    dateModified: drop.date_modified,
    datePublished: drop.date_published,
    description: drop.description,
    headline: drop.page_title,
    image: jsonImage,
    mainEntityOfPage:
      type === 'BlogPosting' || type === 'CreativeWork'
        ? { '@type': 'WebPage', '@id': drop.canonical_url }
        : null,
    name: drop.name,
    publisher,
    sameAs: drop.links,
    url: drop.canonical_url
  }
  const result: Hash = {}
  for (const key of Object.keys(fields).sort()) {
    if (fields[key] !== null && fields[key] !== undefined) result[key] = fields[key]
  }
  return result
}
