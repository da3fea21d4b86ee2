import { createRequire } from 'node:module'
import type GrayMatter from 'gray-matter'
import type { FrontMatterMap } from '@shared/post'
import type { YamlOutcome } from './yaml-block'
import { parseYamlBlock } from './yaml-block'

/** Thrown by our YAML engine so gray-matter hands the problem back untouched. */
class YamlProblem extends Error {
  constructor(readonly outcome: Extract<YamlOutcome, { ok: false }>) {
    super(outcome.problem.message)
  }
}

function refuse(): never {
  throw new Error('Postcloud never evaluates JavaScript front matter')
}

/**
 * The ONLY call of gray-matter. It always gets an options object (without one it caches by
 * content and hands out shared objects), its `js`/`javascript` engines refuse (by default it
 * would `eval` them), and YAML goes to our engine: core schema, unique keys, bounded aliases.
 * We hand it just the block our fence finder found, as a plain `---` fence, because gray-matter
 * itself would read an unclosed fence as front matter and has no `...` closing line.
 */
let grayMatter: typeof GrayMatter | undefined

/** gray-matter, loaded on first use: with js-yaml it takes ~40 ms, and simple blocks skip it. */
function matter(...args: Parameters<typeof GrayMatter>): ReturnType<typeof GrayMatter> {
  grayMatter ??= createRequire(import.meta.url)('gray-matter') as typeof GrayMatter
  return grayMatter(...args)
}

export function parseYamlWithGrayMatter(yaml: string, firstLine: number): YamlOutcome {
  const engine = (source: string): FrontMatterMap => {
    // gray-matter passes the block with the opening fence's line break still in front.
    const outcome = parseYamlBlock(source.startsWith('\n') ? source.slice(1) : source, firstLine)
    if (!outcome.ok) throw new YamlProblem(outcome)
    return outcome.data
  }
  try {
    const file = matter(`---\n${yaml}\n---\n`, {
      language: 'yaml',
      engines: { yaml: { parse: engine, stringify: refuse }, js: refuse, javascript: refuse }
    })
    return { ok: true, data: file.data as FrontMatterMap }
  } catch (error) {
    if (error instanceof YamlProblem) return error.outcome
    throw error
  }
}
