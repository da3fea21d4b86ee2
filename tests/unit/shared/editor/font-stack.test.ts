import { describe, expect, it } from 'vitest'
import { editorFontStack } from '@shared/editor/font-stack'

const fallbacks =
  "'Noto Sans Mono CJK SC', 'Noto Sans SC', 'Microsoft YaHei', 'PingFang SC', monospace"

describe('editorFontStack', () => {
  it.each([
    ['no font of the writer', '', fallbacks],
    ['spaces only', '  ', fallbacks],
    ['one font', 'Consolas', `Consolas, ${fallbacks}`],
    [
      'a quoted list',
      `"JetBrains Mono", 'Sarasa Mono SC'`,
      `"JetBrains Mono", 'Sarasa Mono SC', ${fallbacks}`
    ],
    ['a Chinese name', '等距更纱黑体 SC', `等距更纱黑体 SC, ${fallbacks}`],
    [
      'a fallback already listed is not repeated',
      `'noto sans sc', monospace`,
      `'noto sans sc', monospace, 'Noto Sans Mono CJK SC', 'Microsoft YaHei', 'PingFang SC'`
    ],
    ['CSS that is not a family name is dropped', 'a; color: red, url(x), {b}', `${fallbacks}`],
    ['empty entries are dropped', 'Menlo,,', `Menlo, ${fallbacks}`]
  ])('%s', (_name, user, stack) => {
    expect(editorFontStack(user)).toBe(stack)
  })
})
