import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { Library } from '@core/library'
import { PostcloudError } from '@shared/errors'
import type { TemplateInfo } from '@shared/new-post'
import { refuseAppResources } from '../app-resources'
import { bundlePaths } from '../bundle-paths'
import { newHelp } from '../help'
import { UsageError } from '../usage-error'

/**
 * `postcloud new <folder> <title>`: a post made exactly as the window's New Post makes it (the
 * same createPost, so the same template, file name, date and zone rules).
 */
export async function newCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      template: { type: 'string' },
      draft: { type: 'boolean', default: false },
      date: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false }
    }
  })
  if (values.help) {
    process.stdout.write(newHelp)
    return 0
  }
  if (positionals.length !== 2) throw new UsageError('new needs a folder and a title.')
  const [folder, title] = positionals
  if (title.trim() === '') throw new UsageError('the title is empty.')
  if (values.date !== undefined && Number.isNaN(Date.parse(values.date))) {
    throw new UsageError(
      `--date "${values.date}" is not an ISO date and time (e.g. 2025-11-11T20:30:00Z).`
    )
  }
  await refuseAppResources(folder)
  const library = await Library.open(folder, { resourcesDir: bundlePaths().resourcesDir })
  try {
    const template =
      values.template === undefined
        ? undefined
        : templateId(await library.templates(), values.template)
    const created = await library.create({
      title,
      template,
      draft: values.draft,
      now: values.date
    })
    const path = join(library.info().path, ...created.id.split('/'))
    process.stdout.write(
      values.json ? `${JSON.stringify({ id: created.id, path })}\n` : `${path}\n`
    )
    return 0
  } finally {
    await library.close()
  }
}

/**
 * The id of the template a writer names: an id as the window lists it (`bundled:report`), or a
 * name, the folder's template winning over a bundled one of the same name.
 */
export function templateId(templates: TemplateInfo[], name: string): string {
  const found =
    templates.find((info) => info.id === name) ??
    templates.find((info) => info.source === 'folder' && info.name === name) ??
    templates.find((info) => info.source === 'bundled' && info.name === name)
  if (found) return found.id
  const names = [...new Set(templates.map((info) => info.name))].join(', ')
  throw new PostcloudError(
    'NOT_FOUND',
    `there is no template "${name}". Templates: ${names || '(none)'}`
  )
}
