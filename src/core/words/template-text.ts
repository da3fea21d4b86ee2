import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { fixedTemplateMatcher, templateFixedKeys } from '@shared/words'

export type LineMatcher = (key: string) => boolean

const loaded = new Map<string, Promise<LineMatcher>>()

/**
 * Whether a line key is the fixed text of a bundled template (resources/templates/*.md):
 * headings, the date line, however the template was filled. Read once per resources folder; a
 * missing folder matches nothing (the rule is only there to spare writers the template's words).
 */
export function bundledTemplateText(resourcesDir: string): Promise<LineMatcher> {
  let matcher = loaded.get(resourcesDir)
  if (!matcher) {
    matcher = readTemplates(join(resourcesDir, 'templates')).then((texts) =>
      fixedTemplateMatcher(texts.flatMap(templateFixedKeys))
    )
    loaded.set(resourcesDir, matcher)
  }
  return matcher
}

async function readTemplates(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[])
  const markdown = names.filter((name) => name.endsWith('.md')).sort()
  return Promise.all(markdown.map((name) => readFile(join(dir, name), 'utf8')))
}
