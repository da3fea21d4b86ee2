import { describe, expect, it } from 'vitest'
import {
  attributeLoads,
  forbiddenAttributes,
  forbiddenTags,
  frameContentSecurityPolicy,
  isKeptMeta,
  isPlainStylesheet
} from '@renderer/features/site/frame-policy'
import { assetSourceOfHost } from '@renderer/features/site/asset-source'

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/)
      return [name, sources]
    })
  )
}

describe('frameContentSecurityPolicy', () => {
  it('runs nothing and loads only the folder’s assets when remote content is off', () => {
    const policy = directives(frameContentSecurityPolicy("'self'", false))
    expect(policy.get('default-src')).toEqual(["'none'"])
    expect(policy.get('script-src')).toEqual(["'none'"])
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(policy.get('img-src')).toEqual(["'self'", 'data:'])
    expect(policy.get('font-src')).toEqual(["'self'", 'data:'])
    expect(policy.get('media-src')).toEqual(["'self'"])
    for (const name of ['base-uri', 'form-action', 'frame-src', 'object-src']) {
      expect(policy.get(name)).toEqual(["'none'"])
    }
  })

  it('adds the network to styles, images, fonts and media only when remote content is on', () => {
    const policy = directives(frameContentSecurityPolicy('postcloud-asset:', true))
    for (const name of ['style-src', 'img-src', 'font-src', 'media-src']) {
      expect(policy.get(name)).toEqual(
        expect.arrayContaining(['postcloud-asset:', 'https:', 'http:'])
      )
    }
    expect(policy.get('script-src')).toEqual(["'none'"])
    expect(policy.get('default-src')).toEqual(["'none'"])
  })

  it('names the asset route per host', () => {
    expect(assetSourceOfHost('web')).toBe("'self'")
    expect(assetSourceOfHost('electron')).toBe('postcloud-asset:')
  })
})

describe('isPlainStylesheet', () => {
  it('keeps stylesheets only', () => {
    expect(isPlainStylesheet('stylesheet')).toBe(true)
    expect(isPlainStylesheet(' StyleSheet ')).toBe(true)
    for (const rel of [
      'preload',
      'prefetch',
      'import',
      'modulepreload',
      'preconnect',
      'dns-prefetch',
      'prerender',
      'icon',
      'manifest',
      'alternate stylesheet',
      'stylesheet preload',
      ''
    ]) {
      expect(isPlainStylesheet(rel), rel).toBe(false)
    }
  })
})

describe('isKeptMeta', () => {
  it('keeps the charset and the viewport, never http-equiv', () => {
    expect(isKeptMeta({ charset: 'utf-8', name: null, httpEquiv: null })).toBe(true)
    expect(isKeptMeta({ charset: null, name: 'viewport', httpEquiv: null })).toBe(true)
    expect(isKeptMeta({ charset: null, name: null, httpEquiv: 'refresh' })).toBe(false)
    expect(isKeptMeta({ charset: 'utf-8', name: null, httpEquiv: 'refresh' })).toBe(false)
    expect(isKeptMeta({ charset: null, name: 'description', httpEquiv: null })).toBe(false)
  })
})

describe('forbidden tags and attributes', () => {
  it('cover what runs, embeds, navigates or submits', () => {
    expect(forbiddenTags).toEqual(
      expect.arrayContaining(['script', 'iframe', 'frame', 'object', 'embed', 'base'])
    )
    expect(forbiddenAttributes).toEqual(
      expect.arrayContaining(['action', 'formaction', 'ping', 'target', 'http-equiv', 'srcdoc'])
    )
  })
})

describe('attributeLoads', () => {
  it('knows what each URL attribute loads', () => {
    expect(attributeLoads('img', 'src')).toBe('image')
    expect(attributeLoads('video', 'poster')).toBe('image')
    expect(attributeLoads('video', 'src')).toBe('media')
    expect(attributeLoads('source', 'src')).toBe('media')
    expect(attributeLoads('table', 'background')).toBe('image')
    expect(attributeLoads('image', 'href')).toBe('image')
    expect(attributeLoads('use', 'xlink:href')).toBe('image')
  })

  it('leaves links alone: clicks are the window’s', () => {
    expect(attributeLoads('a', 'href')).toBeNull()
    expect(attributeLoads('area', 'href')).toBeNull()
    expect(attributeLoads('div', 'class')).toBeNull()
  })
})
