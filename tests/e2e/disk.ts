import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'

/** The bundled sample posts the tests lean on (each test has its own copy of the folder). */
export const samples = {
  aiDaily: '_posts/2025-11-11-twitter-ai-daily.md',
  openSource: '_posts/2025-11-14-open-source-weekly.md',
  evMarket: '_posts/2025-11-17-ev-market-weekly.md',
  reading: '_posts/2025-11-30-reading-monthly.md',
  macro: '_posts/2025-12-02-macro-daily.md',
  draft: '_drafts/2025-12-05-draft-weekly.md'
} as const

export const sampleCount = Object.keys(samples).length

export function readPost(folder: string, id: string): Promise<Buffer> {
  return readFile(join(folder, ...id.split('/')))
}

export async function readPostText(folder: string, id: string): Promise<string> {
  return (await readPost(folder, id)).toString('utf8')
}

/**
 * The post's text, or null while the file does not exist: for polling a post that a save is
 * about to write back (`expect.poll` gives up at the first error its callback throws).
 */
export function readPostTextOrNull(folder: string, id: string): Promise<string | null> {
  return readPostText(folder, id).catch(() => null)
}

export async function writePost(folder: string, id: string, data: string | Buffer): Promise<void> {
  const path = join(folder, ...id.split('/'))
  await mkdir(join(path, '..'), { recursive: true })
  await writeFile(path, data)
}

/** Every file under `dir`, as `/`-separated paths relative to it, sorted. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort()
}

/** Indexes of the lines that differ between two texts of the same number of lines. */
export function changedLines(before: string, after: string): number[] {
  const a = before.split('\n')
  const b = after.split('\n')
  if (a.length !== b.length) throw new Error(`line count changed: ${a.length} -> ${b.length}`)
  return a.flatMap((line, index) => (line === b[index] ? [] : [index]))
}

/** A post written on Windows: UTF-8 with a BOM and CRLF line endings. */
export const crlfPost = {
  id: '_posts/2025-12-08-crlf-report.md',
  lines: [
    '---',
    'layout: post',
    'title: "换行测试日报"',
    'date: "2025-12-08 09:00:00 +0800"',
    '---',
    '',
    '## 小结',
    '',
    '第一段文字。',
    '',
    '第二段文字。',
    ''
  ]
}

export function crlfPostBytes(lines: readonly string[] = crlfPost.lines): Buffer {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n'), 'utf8')])
}

/** A 1×1 PNG, the smallest image a browser decodes. */
export const dotPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64'
)

const dayMs = 24 * 60 * 60 * 1000
const generatedNewest = Date.UTC(2019, 11, 31)

function generatedDate(index: number): string {
  return new Date(generatedNewest - index * dayMs).toISOString().slice(0, 10)
}

/** The id of generated post `index`: one post a day going back from 2019-12-31. */
export function generatedPostId(index: number): string {
  return `_posts/${generatedDate(index)}-generated-${String(index).padStart(5, '0')}.md`
}

/**
 * Writes `count` small Jekyll posts into `_posts/`, post 0 the newest, all older than the samples,
 * so post `count - 1` is the last of the list.
 */
export async function generatePosts(folder: string, count: number): Promise<void> {
  await mkdir(join(folder, '_posts'), { recursive: true })
  const batch = 500
  for (let start = 0; start < count; start += batch) {
    const writes: Promise<void>[] = []
    for (let i = start; i < Math.min(count, start + batch); i += 1) {
      const number = String(i).padStart(5, '0')
      const text = `---\ntitle: "生成的文章 ${number}"\ndate: "${generatedDate(i)} 08:00:00 +0800"\n---\n\n第 ${i} 篇生成的文章。\n`
      writes.push(writeFile(join(folder, ...generatedPostId(i).split('/')), text))
    }
    await Promise.all(writes)
  }
}

/**
 * The text of the backup the data folder holds for post `id`, null when there is none. Backups
 * are JSON records (`{ id, text, ... }`) under `<dataDir>/backups/`, one file per buffer.
 */
export async function backupText(dataDir: string, id: string): Promise<string | null> {
  const dir = join(dataDir, 'backups')
  let files: string[]
  try {
    files = (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('.json'))
  } catch {
    return null
  }
  for (const file of files) {
    let record: { id?: unknown; text?: unknown }
    try {
      record = JSON.parse(await readFile(join(dir, file), 'utf8')) as typeof record
    } catch {
      // An index file, or one being replaced right now: not a backup record.
      continue
    }
    if (record.id === id && typeof record.text === 'string') return record.text
  }
  return null
}
