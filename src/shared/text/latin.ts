/**
 * Recognisers for ASCII "runs" (URLs, domains, paths, file names, identifiers, hashes) that carry
 * no topic. Every check is a plain character walk or a bounded lookup: no backtracking regexes,
 * because they run on untrusted text of any length.
 */

/** Extensions that make a run a file name. `js` is missing on purpose: Node.js, Vue.js, Next.js. */
const fileExtensions = new Set(
  (
    'jpg jpeg png gif webp svg bmp ico tif tiff avif heic ' +
    'md markdown mdx txt pdf doc docx xls xlsx ppt pptx csv tsv json yml yaml toml xml html htm rtf epub ' +
    'mp3 mp4 m4a mov avi mkv wav flac webm ogg zip gz tgz tar rar 7z bz2 xz ' +
    'ts tsx jsx mjs cjs css scss py rb go rs java kt cpp hpp sh bat ps1 exe dmg apk ipa deb rpm iso ' +
    'dll so log ini cfg conf lock sql db sqlite'
  ).split(' ')
)

/** Common top-level domains; a run ending in one of these after a dot is treated as a host name. */
const topLevelDomains = new Set(
  (
    'com org net io ai cn co dev app edu gov info me tv cc xyz top uk jp de fr kr hk tw us ru in so sh ' +
    'gg ly to fm im tech site blog news cloud one page link online store wiki biz pro eu ca au ' +
    'nl ch se no it es br mx sg id vn my ph th nz be at pl cz'
  ).split(' ')
)

function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

function isAsciiLetterCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/** True when the string has an ASCII letter (such tokens are case-folded and stop-listed as Latin). */
export function hasAsciiLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isAsciiLetterCode(text.charCodeAt(i))) return true
  return false
}

/** `https://…`, `ftp://…`, `www.…`, `mailto:…`. */
export function isUrl(run: string): boolean {
  const lower = run.toLowerCase()
  return lower.includes('://') || lower.startsWith('www.') || lower.startsWith('mailto:')
}

/** `name@host.tld` */
export function isEmail(run: string): boolean {
  const at = run.indexOf('@')
  return at > 0 && run.lastIndexOf('.') > at + 1
}

/** `openai.com`, `discuss.huggingface.co:443`; labels of ASCII letters, digits and hyphens. */
export function isHostName(host: string): boolean {
  const colon = host.indexOf(':')
  const name = colon >= 0 ? host.slice(0, colon) : host
  const labels = name.split('.')
  if (labels.length < 2) return false
  for (const label of labels) {
    if (label === '') return false
    for (let i = 0; i < label.length; i++) {
      const code = label.charCodeAt(i)
      if (!isAsciiAlnum(code) && code !== 45) return false
    }
  }
  return topLevelDomains.has(labels[labels.length - 1].toLowerCase())
}

/** `openai.com/blog`, `github.com/x/y?tab=1`: a host name with or without a path. */
export function isDomainOrDomainPath(run: string): boolean {
  let end = run.length
  for (let i = 0; i < run.length; i++) {
    const ch = run[i]
    if (ch === '/' || ch === '?' || ch === '#') {
      end = i
      break
    }
  }
  return isHostName(run.slice(0, end))
}

/** `wordcloud_twitter_ai_20251111.jpg`, `post.md`: a stem and a known extension. */
export function isFileName(run: string): boolean {
  const dot = run.lastIndexOf('.')
  if (dot <= 0 || dot === run.length - 1) return false
  return fileExtensions.has(run.slice(dot + 1).toLowerCase())
}

/** `/assets/x`, `./a`, `../b`, `~/c`, `images/cloud.jpg`. `AI/ML` and `24/7` are not paths. */
export function isPath(run: string): boolean {
  if (!run.includes('/') || run.length < 2) return false
  if (
    run.startsWith('/') ||
    run.startsWith('./') ||
    run.startsWith('../') ||
    run.startsWith('~/')
  ) {
    return true
  }
  return isFileName(run.slice(run.lastIndexOf('/') + 1))
}

/** `snake_case`, `__init__`: identifiers are code, not prose. */
export function isIdentifier(run: string): boolean {
  return run.includes('_')
}

/** Git hashes, hex ids and UUIDs: hex digits only (plus UUID dashes), with a digit and a letter. */
export function isHexHash(run: string): boolean {
  let digits = 0
  let letters = 0
  let hex = 0
  for (let i = 0; i < run.length; i++) {
    const code = run.charCodeAt(i) | 0x20
    if (run.charCodeAt(i) >= 48 && run.charCodeAt(i) <= 57) digits++
    else if (code >= 97 && code <= 102) letters++
    else if (run[i] !== '-') return false
    else continue
    hex++
  }
  return hex >= 7 && digits > 0 && letters > 0
}

/** True for any run that names a place or a thing in code rather than a topic. */
export function isNonProseRun(run: string): boolean {
  return (
    isUrl(run) ||
    isEmail(run) ||
    isIdentifier(run) ||
    isPath(run) ||
    isFileName(run) ||
    isDomainOrDomainPath(run) ||
    isHexHash(run)
  )
}
