import { randomBytes } from 'node:crypto'
import { mkdir, stat } from 'node:fs/promises'
import { dirname } from 'node:path'
import { reasonedError } from '@shared/error-reasons'
import { PostcloudError } from '@shared/errors'
import type { FolderInfo } from '@shared/folder'
import type { CreatedPost, CreatePostInput } from '@shared/new-post'
import type { FrontMatterMap, FrontMatterValue } from '@shared/post'
import { parseReportTitle } from '@shared/report-title'
import { slugify } from '@shared/slug'
import { parseFrontMatter, setFrontMatterKeys } from '../frontmatter'
import { findFence } from '@shared/frontmatter/fence'
import { setOwn } from '../frontmatter/json-safe'
import type { FrontMatterChanges } from '../frontmatter'
import { resolveInside } from './confine'
import { defaultDateFormat, formatDate } from '@shared/frontmatter/date-format'
import { fillTemplate } from './fill'
import type { FillValues } from './fill'
import { fsError } from './fs-errors'
import { newPostOffset } from './post-zone'
import { createFileExclusive } from './new-file'
import { sha256Hex } from './stamp'
import { defaultTemplateId } from '@shared/new-post'
import { loadTemplate } from './templates'
import type { TemplateSources } from './templates'
import { ruleCloudTarget } from '../assets/cloud-target'
import { cloudNameFor } from '../cloud/cloud-name'

export interface CreateContext extends TemplateSources {
  folder: FolderInfo
  /** The folder's cloud file name pattern, which names the cloud the template links. */
  cloudPattern: string
}

/** Used when no template is asked for and the bundled report template is missing. */
const fallbackTemplate = '---\nlayout: post\ntitle: "{{title}}"\ndate: "{{date}}"\n---\n\n'
const maxSuffix = 999

/**
 * Creates a post from a template: `_posts/YYYY-MM-DD-<slug>.md` in a Jekyll site (`_drafts/<slug>.md`
 * for a draft), `<slug>.md` elsewhere; a taken name gets `-2`, `-3`… and nothing is overwritten.
 * The title is set through the front matter editor, so quotes, colons or `#` in it are safe.
 */
export async function createPost(
  context: CreateContext,
  input: CreatePostInput
): Promise<CreatedPost> {
  const title = checkTitle(input?.title)
  const instantMs = instantOf(input.now)
  const offsetMinutes = newPostOffset(
    context.folder.timezone,
    instantMs,
    checkOffset(input.utcOffsetMinutes)
  )
  const template = await templateText(context, input.template)
  const baseSlug = slugify(title)
  const day = formatDate(instantMs, offsetMinutes, 'YYYY-MM-DD')
  const report = parseReportTitle(title) ?? { series: title, from: day, to: day }
  // The link depends on the post's final front matter and name, so it is filled in last.
  const cloud = `PostcloudCloud${randomBytes(8).toString('hex')}`

  for (let n = 1; n <= maxSuffix; n += 1) {
    const slug = n === 1 ? baseSlug : `${baseSlug}-${n}`
    const id = !context.folder.jekyll
      ? `${slug}.md`
      : input.draft
        ? `_drafts/${slug}.md`
        : `_posts/${day}-${slug}.md`
    const path = await resolveInside(context.root, id)
    if (await exists(path)) continue
    const filled = render(template, { title, slug, instantMs, offsetMinutes, ...report, cloud })
    const text = linkCloud(context, id, filled, cloud, new Date(instantMs))
    const bytes = new TextEncoder().encode(text)
    await mkdir(dirname(path), { recursive: true }).catch((error: unknown) => {
      throw fsError(error, dirname(id), 'create')
    })
    if (!(await createFileExclusive(path, bytes, id))) continue
    const stats = await stat(path)
    return { id, stamp: { mtimeMs: stats.mtimeMs, size: bytes.length, hash: sha256Hex(bytes) } }
  }
  const message = `Too many posts are already named "${baseSlug}"; choose another title`
  throw reasonedError('EXISTS', 'noFreeName', message, { name: baseSlug })
}

/**
 * Puts the cloud link where the template asked for it (`{{cloud}}`): the place Export will write
 * the image for this post, named from the post's own front matter by the folder's pattern.
 */
function linkCloud(
  context: CreateContext,
  id: string,
  text: string,
  token: string,
  now: Date
): string {
  if (!text.includes(token)) return text
  const parsed = parseFrontMatter(text)
  const frontMatter = parsed.status === 'ok' ? (parsed.data ?? {}) : {}
  const name = cloudNameFor(context.cloudPattern, { id, frontMatter }, now, 'jpg')
  return text.split(token).join(ruleCloudTarget(context.folder, id, name).link)
}

function checkTitle(title: string): string {
  if (title.trim() === '') {
    throw reasonedError('INVALID_ARGUMENT', 'emptyTitle', 'A new post needs a title')
  }
  // A title is one line: line breaks inside it would only end up in the file name and the block.
  return title.trim().replace(/\s+/g, ' ')
}

function instantOf(now: string | undefined): number {
  if (now === undefined) return Date.now()
  const ms = Date.parse(now)
  if (Number.isNaN(ms))
    throw new PostcloudError('INVALID_ARGUMENT', `"${now}" is not an ISO date and time`)
  return ms
}

/** The writer's offset as given (undefined: this machine's zone), refused when out of range. */
function checkOffset(offset: number | undefined): number | undefined {
  if (offset === undefined) return undefined
  if (!Number.isInteger(offset) || Math.abs(offset) > 14 * 60) {
    throw new PostcloudError(
      'INVALID_ARGUMENT',
      'utcOffsetMinutes must be whole minutes between -840 and 840'
    )
  }
  return offset
}

async function templateText(context: CreateContext, id: string | undefined): Promise<string> {
  if (id !== undefined) return loadTemplate(context, id)
  try {
    return await loadTemplate(context, defaultTemplateId)
  } catch (error) {
    if (error instanceof PostcloudError && error.code === 'NOT_FOUND') return fallbackTemplate
    throw error
  }
}

/**
 * Fills the template. Inside the front matter `{{title}}` first becomes a plain-word token, so the
 * block parses whatever the title holds; the keys holding the token are then set through
 * setFrontMatterKeys, which quotes the real title correctly in whatever style the template used.
 */
function render(template: string, values: FillValues): string {
  // The fence is found before filling: an unquoted `{{title}}` is not YAML until it is filled.
  const fence = findFence(template)
  const blockEnd = fence.kind === 'closed' ? fence.blockEnd : 0
  const token = `PostcloudTitle${randomBytes(8).toString('hex')}`
  const block = fillTemplate(template.slice(0, blockEnd), { ...values, title: token })
  const body = fillTemplate(template.slice(blockEnd), values)
  const filled = block + body
  const parsed = parseFrontMatter(filled)
  if (parsed.status !== 'ok' && parsed.status !== 'none') {
    const reason = parsed.problem?.message ?? parsed.status
    const message = `The template's front matter is not usable: ${reason}`
    throw reasonedError('FRONT_MATTER', 'template', message)
  }
  const data = parsed.data ?? {}
  const changes: FrontMatterChanges = {}
  for (const key of Object.keys(data)) {
    const value = replaceToken(data[key], token, values.title)
    if (value !== data[key]) changes[key] = value
  }
  const stamp = formatDate(values.instantMs, values.offsetMinutes, defaultDateFormat)
  const defaults: FrontMatterChanges = {
    layout: 'post',
    title: values.title,
    date: stamp,
    posttime: stamp
  }
  for (const [key, value] of Object.entries(defaults))
    if (!Object.hasOwn(data, key)) changes[key] = value
  return setFrontMatterKeys(filled, changes)
}

/** The value with the token replaced by the title, or the same object when it held no token. */
function replaceToken(value: FrontMatterValue, token: string, title: string): FrontMatterValue {
  if (typeof value === 'string')
    return value.includes(token) ? value.split(token).join(title) : value
  if (Array.isArray(value)) {
    const items = value.map((item) => replaceToken(item, token, title))
    return items.some((item, index) => item !== value[index]) ? items : value
  }
  if (value !== null && typeof value === 'object') {
    const out: FrontMatterMap = {}
    let changed = false
    for (const key of Object.keys(value)) {
      setOwn(out, key, replaceToken(value[key], token, title))
      changed ||= out[key] !== value[key]
    }
    return changed ? out : value
  }
  return value
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch {
    return false
  }
}
