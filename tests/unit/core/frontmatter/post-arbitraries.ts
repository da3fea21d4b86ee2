import fc from 'fast-check'
import type { FrontMatterValue } from '@shared/post'

/**
 * fast-check generators of Jekyll posts written with the habits real writers have: every quoting
 * style, comments, blank lines, lists in flow and block style at any indent, `+0800` and `+08:00`
 * dates, `0123`-like values, tabs, LF/CRLF/mixed line endings, a BOM or not, a final line break or
 * not, and Chinese bodies. Each post knows which of its lines belong to which key, so a test can
 * check that an edit of one key touched no other line.
 */

export interface GeneratedPost {
  text: string
  /** For each key: its lines in `text` (0 is the opening fence), as [first, end). */
  keyLines: Map<string, [number, number]>
  /** Line of the closing fence; -1 when the post has no front matter. */
  closeLine: number
}

interface Entry {
  key: string
  lines: string[]
  /** Comment or blank lines written above the key. */
  before: string[]
}

const words = [
  '日报',
  '模型评测',
  '多模态',
  '智能体',
  'AI',
  'agent',
  'Postcloud',
  'hello world',
  'v1.2',
  'C++',
  'a-b',
  'x_y',
  'e.g.',
  '100%',
  'user@example.com',
  'https://example.com/a?b=c',
  'a:b',
  '标题（中文）',
  '“引号”',
  '，',
  '。',
  '2025年'
]
const phrase = fc
  .array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join(' '))
const tabbed = fc.tuple(phrase, phrase).map(([a, b]) => `${a}\t${b}`)

const dates = [
  '2025-11-11 15:33:03 +0800',
  '2025-11-11 15:33:03 +08:00',
  '2025-11-11T15:33:03+08:00',
  '2025-11-11T07:33:03Z',
  '2025-11-11',
  '2025-11-11 15:33'
]
const numberLike = [
  '0123',
  '007',
  '0o17',
  '0x1F',
  '1e3',
  '+12',
  '-3',
  '.5',
  '3.14',
  '12345678901234567890',
  '1_000',
  '08'
]
const special = ['true', 'false', 'True', 'no', 'yes', '~', 'null', '']

function doubleQuote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}
function singleQuote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`
}

/** Text with the characters quoting exists for: quotes, backslashes, `: `, ` #`, tabs. */
const quotable = fc.oneof(
  phrase,
  tabbed,
  fc.constantFrom(...dates, ...numberLike),
  fc
    .tuple(phrase, fc.constantFrom('"', "'", '\\', ': ', ' # ', '\t', '\\u4e2d'), phrase)
    .map((parts) => parts.join(''))
)

const scalar: fc.Arbitrary<string> = fc.oneof(
  phrase,
  tabbed,
  fc.constantFrom(...dates, ...numberLike, ...special),
  quotable.map(doubleQuote),
  quotable.map(singleQuote),
  // Escapes only a double-quoted string has.
  fc.constantFrom('"tab\\there"', '"\\u4e2d\\u6587"', '"line\\nbreak"', '"\\x41"')
)

const comment = fc.constantFrom('# 注释', '#', '# keep: this line', '#\tTab comment', '## 分节')
const trailingComment = fc.constantFrom(
  '',
  '',
  '',
  ' # 注释',
  '  # note: x',
  '\t# tab',
  '   ',
  '\t'
)
const keyNames = [
  'title',
  'date',
  'posttime',
  'layout',
  'categories',
  'tags',
  'author',
  'draft',
  'weight',
  'summary',
  'id',
  'cover',
  'image',
  'lang',
  'series',
  'order'
]
const keyName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...keyNames) },
  { weight: 1, arbitrary: fc.constantFrom('标题', '日期', 'my-key', 'key_2', 'odd key', 'x.y') }
)
/** How a key is written, and the separator up to its value. */
function keyText(name: string, style: number): string {
  if (name.includes(' ') || style === 1) return `${doubleQuote(name)}:`
  if (style === 2) return `${singleQuote(name)}:`
  return style === 3 ? `${name} :` : `${name}:`
}
const keyStyle = fc.constantFrom(0, 0, 0, 0, 1, 2, 3)
const separator = fc.constantFrom(' ', ' ', ' ', '  ', '\t')

const flowItem = fc.oneof(
  fc.constantFrom('日报', 'AI', 'agent', '多模态', '0123', '2025-11-11', 'x_y'),
  quotable.map(doubleQuote),
  quotable.map(singleQuote)
)
const flowList = fc
  .tuple(
    fc.array(flowItem, { maxLength: 4 }),
    fc.constantFrom(', ', ',', ' , '),
    fc.constantFrom('', ' ')
  )
  .map(([items, sep, pad]) => (items.length === 0 ? '[]' : `[${pad}${items.join(sep)}${pad}]`))

const blockItem = fc.oneof(
  fc.constantFrom('日报', 'AI', 'agent', '0123', '2025-11-11 15:33:03 +0800'),
  phrase,
  quotable.map(doubleQuote),
  quotable.map(singleQuote)
)
const blockList = fc
  .tuple(
    fc.array(blockItem, { minLength: 1, maxLength: 4 }),
    fc.constantFrom('', '  ', '    '),
    fc.constantFrom(' ', '  '),
    fc.option(comment, { freq: 4 })
  )
  .map(([items, indent, gap, inner]) => {
    const lines = items.map((item) => `${indent}-${gap}${item}`)
    if (inner !== null) lines.splice(1, 0, `${indent}${inner}`)
    return lines
  })

const nestedMap = fc
  .tuple(
    fc.uniqueArray(fc.constantFrom('name', 'url', 'email', '名字'), { minLength: 1, maxLength: 3 }),
    fc.constantFrom('  ', '    '),
    fc.array(scalar, { minLength: 3, maxLength: 3 })
  )
  .map(([keys, indent, values]) =>
    keys.map((key, index) => `${indent}${key}: ${values[index]}`.trimEnd())
  )

const blockScalar = fc
  .tuple(fc.constantFrom('|', '|-', '>', '>-'), fc.array(phrase, { minLength: 1, maxLength: 3 }))
  .map(([style, lines]) => ({ style, lines: lines.map((line) => `  ${line}`) }))

/** Scalars wrapped over lines, as some tools write long titles. */
const multiLine = fc.oneof(
  fc.tuple(phrase, phrase).map(([a, b]) => ({ inline: '', rest: [`  ${a}`, `  ${b}`] })),
  fc.tuple(phrase, phrase).map(([a, b]) => ({ inline: a, rest: [`  ${b}`] })),
  fc.tuple(phrase, phrase).map(([a, b]) => ({ inline: `"${a}`, rest: [`  ${b}"`] })),
  fc.tuple(phrase, phrase).map(([a, b]) => ({ inline: `'${a}`, rest: [`  ${b}'`] }))
)

/** One key with its value in one of the forms above. */
const entry = (name: string): fc.Arbitrary<Entry> =>
  fc
    .tuple(
      keyStyle,
      separator,
      trailingComment,
      fc.oneof(
        { weight: 5, arbitrary: scalar.map((value) => ({ inline: value, rest: [] as string[] })) },
        {
          weight: 2,
          arbitrary: flowList.map((value) => ({ inline: value, rest: [] as string[] }))
        },
        { weight: 2, arbitrary: blockList.map((rest) => ({ inline: '', rest })) },
        { weight: 1, arbitrary: nestedMap.map((rest) => ({ inline: '', rest })) },
        {
          weight: 1,
          arbitrary: blockScalar.map(({ style, lines }) => ({ inline: style, rest: lines }))
        },
        { weight: 1, arbitrary: multiLine }
      ),
      fc.array(fc.oneof(comment, fc.constantFrom('', '  ')), { maxLength: 2 })
    )
    .map(([style, sep, note, value, before]) => {
      // An empty value takes no separator; a comment needs one before it.
      const head =
        value.inline === '' ? keyText(name, style) : `${keyText(name, style)}${sep}${value.inline}`
      // A comment cannot follow the first line of a value that goes on below it.
      const withNote = value.rest.length > 0 && value.inline !== '' ? head : `${head}${note}`
      return { key: name, lines: [withNote, ...value.rest], before }
    })

const entries: fc.Arbitrary<Entry[]> = fc
  .uniqueArray(keyName, { maxLength: 8 })
  .chain((names) => (names.length === 0 ? fc.constant([]) : fc.tuple(...names.map(entry))))

/** Forms Postcloud may refuse to edit key by key: anchors and aliases, flow mappings. */
const hardExtras: fc.Arbitrary<Entry[]> = fc.constantFrom<Entry[]>(
  [
    { key: 'base', lines: ['base: &shared 共享的值'], before: [] },
    { key: 'copy', lines: ['copy: *shared'], before: [] }
  ],
  [{ key: 'meta', lines: ['meta: {a: 1, b: "二"}'], before: [] }],
  [{ key: 'list', lines: ['list: &l [a, b]'], before: ['# anchored list'] }]
)

const bodyLines = fc.array(
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc.constantFrom(
        '今天的进展：模型评测完成，部署顺利。',
        '多模态智能体的一天。',
        'Plain English line.',
        ''
      )
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '---',
        '...',
        '## 小标题',
        '- 列表项',
        '> 引用',
        '    code()',
        'a\tb',
        '![云](cloud.jpg)',
        'key: value'
      )
    }
  ),
  { maxLength: 8 }
)

export type LineEndings = 'lf' | 'crlf' | 'mixed'

function render(
  lines: string[],
  endings: LineEndings,
  mix: boolean[],
  finalBreak: boolean,
  bom: boolean
): string {
  const eol = (index: number): string => {
    if (endings === 'lf') return '\n'
    if (endings === 'crlf') return '\r\n'
    return mix[index % mix.length] ? '\r\n' : '\n'
  }
  const text = lines
    .map((line, index) => (index < lines.length - 1 || finalBreak ? line + eol(index) : line))
    .join('')
  return (bom ? '\ufeff' : '') + text
}

interface Layout {
  endings: LineEndings
  mix: boolean[]
  finalBreak: boolean
  bom: boolean
  open: string
  close: string
  body: string[]
}

const layout: fc.Arbitrary<Layout> = fc.record({
  endings: fc.constantFrom<LineEndings>('lf', 'crlf', 'mixed'),
  mix: fc.array(fc.boolean(), { minLength: 1, maxLength: 16 }),
  finalBreak: fc.boolean(),
  bom: fc.boolean(),
  open: fc.constantFrom('---', '---', '---', '--- ', '---yaml'),
  close: fc.constantFrom('---', '---', '---', '...', '---  '),
  body: bodyLines
})

function assemble(blockEntries: Entry[], shape: Layout): GeneratedPost {
  const lines = [shape.open]
  const keyLines = new Map<string, [number, number]>()
  for (const item of blockEntries) {
    lines.push(...item.before)
    keyLines.set(item.key, [lines.length, lines.length + item.lines.length])
    lines.push(...item.lines)
  }
  const closeLine = lines.length
  lines.push(shape.close, ...shape.body)
  const text = render(lines, shape.endings, shape.mix, shape.finalBreak, shape.bom)
  return { text, keyLines, closeLine }
}

/** Posts whose front matter uses only forms that must be editable key by key. */
export const plainPost: fc.Arbitrary<GeneratedPost> = fc
  .tuple(entries, layout)
  .map(([items, shape]) => assemble(items, shape))

/** Posts that may also hold anchors, aliases and flow mappings (editing may be refused). */
export const hardPost: fc.Arbitrary<GeneratedPost> = fc
  .tuple(entries, hardExtras, layout, fc.boolean())
  .map(([items, extras, shape, wholeFlow]) => {
    const names = new Set(items.map((item) => item.key))
    const block = wholeFlow
      ? [{ key: 'flow', lines: ['{title: 流式, n: 1, tags: [a, b]}'], before: [] }]
      : [...items, ...extras.filter((extra) => !names.has(extra.key))]
    return assemble(block, shape)
  })

/** Any post: with front matter, or only a body (which may itself start like a fence). */
export const anyPost: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: plainPost.map((post) => post.text) },
  { weight: 1, arbitrary: hardPost.map((post) => post.text) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(layout, fc.boolean())
      .map(([shape, rule]) =>
        render(
          [...(rule ? ['---'] : []), ...shape.body],
          shape.endings,
          shape.mix,
          shape.finalBreak,
          shape.bom
        )
      )
  }
)

/** A new body a writer might type: Chinese paragraphs, rules, nothing at all. */
export const newBody = bodyLines.map((lines) => lines.join('\n'))

/** Values the window or `postcloud fm set` may write into one key (null removes it). */
export const newValue: fc.Arbitrary<FrontMatterValue> = fc.oneof(
  phrase,
  quotable,
  fc.constantFrom(
    '',
    ' leading space',
    'trailing ',
    'a\nb',
    '- dash',
    '[not a list]',
    '{not: map}',
    'true',
    '0123',
    '#hash',
    '*star',
    '&amp',
    '!bang',
    '|pipe',
    '>fold',
    '%pct',
    '@at',
    '`tick`',
    '__proto__',
    '😀 emoji',
    'line\u2028separator',
    'nel\u0085',
    'bom\ufeff',
    'tab\tin',
    'trailing newline\n',
    '2025-11-11 15:33:03 +08:00'
  ),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => (value === 0 ? 0 : value)),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(phrase, fc.integer(), fc.constantFrom('0123', 'a, b', 'x: y')), {
    maxLength: 4
  }),
  fc.dictionary(fc.constantFrom('a', 'b', '名'), fc.oneof(phrase, fc.integer()), { maxKeys: 2 })
)

/** A key to change: one the post has, or a new one. */
export function keyToChange(post: GeneratedPost): fc.Arbitrary<string> {
  const existing = [...post.keyLines.keys()]
  const fresh = fc.constantFrom(
    'new_key',
    '新键',
    'odd key',
    'title',
    'tags',
    'a: b',
    '#hash',
    '- x',
    'true',
    '123',
    'key ',
    ' key',
    '"quoted"',
    "it's"
  )
  return existing.length === 0
    ? fresh
    : fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...existing) },
        { weight: 1, arbitrary: fresh }
      )
}
