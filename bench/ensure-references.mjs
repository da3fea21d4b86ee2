#!/usr/bin/env node
// `npm run bench` first: the reference tools the benchmarks race against, from Debian's packages
// (jieba for keywords, wordcloud for the cloud benchmarks, Jekyll for the Site view's fidelity),
// installed with apt where we can. Elsewhere each benchmark says which reference it misses.
import { ensureChromium, ensureDebianPackages } from '../scripts/chromium.mjs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

ensureChromium(join(dirname(fileURLToPath(import.meta.url)), '..'))
ensureDebianPackages([
  'python3-jieba',
  'python3-wordcloud',
  'jekyll',
  'jekyll-theme-minima',
  'ruby-jekyll-feed',
  'ruby-jekyll-seo-tag',
  'ruby-jekyll-paginate',
  'time'
])
