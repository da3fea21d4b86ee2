import { describe, expect, it } from 'vitest'
import { imageBlock, imageMarkdown, isImagePaste } from '@shared/editor/image-markdown'

describe('imageMarkdown', () => {
  it.each([
    ['image.png', 'images/image.png', '![image](images/image.png)'],
    ['截图 2025.jpg', '/blog/assets/截图%202025.jpg', '![截图 2025](/blog/assets/截图%202025.jpg)'],
    ['a [b].png', 'a [b].png', '![a \\[b\\]](<a [b].png>)'],
    ['x.png', 'dir/x (1).png', '![x](<dir/x (1).png>)'],
    ['x.png', 'odd <name>.png', '![x](<odd %3Cname%3E.png>)'],
    ['.png', '.png', '![.png](.png)'],
    ['no-extension', 'no-extension', '![no-extension](no-extension)']
  ])('%s -> %s', (name, link, markdown) => {
    expect(imageMarkdown(name, link)).toBe(markdown)
  })
})

describe('imageBlock', () => {
  const lines = ['![a](a.png)', '![b](b.png)']
  it.each([
    ['an empty line', '', '', '![a](a.png)\n![b](b.png)'],
    ['the end of a line of text', '正文', '', '\n![a](a.png)\n![b](b.png)'],
    ['the start of a line of text', '', '正文', '![a](a.png)\n![b](b.png)\n'],
    ['the middle of a line', '前', '后', '\n![a](a.png)\n![b](b.png)\n'],
    ['indentation only', '   ', '  ', '![a](a.png)\n![b](b.png)']
  ])('at %s', (_name, before, after, text) => {
    expect(imageBlock(lines, before, after, '\n')).toBe(text)
  })

  it('uses the model line break', () => {
    expect(imageBlock(lines, 'x', '', '\r\n')).toBe('\r\n![a](a.png)\r\n![b](b.png)')
  })
})

describe('isImagePaste', () => {
  it.each([
    ['a screenshot', ['image/png'], '', true],
    ['no files', [], '', false],
    ['a PDF', ['application/pdf'], '', false],
    ['text copied from Word, with its picture', ['image/png'], '本周进展\n下周计划', false],
    ['an image file copied in a file manager', ['image/jpeg'], 'photo.JPG', true],
    ['two image files', ['image/png', 'image/png'], 'a.png\nb.png\n', true],
    ['text that mentions a name', ['image/png'], 'a.png is attached', false]
  ])('%s', (_name, fileTypes, plainText, expected) => {
    expect(isImagePaste({ fileTypes, plainText })).toBe(expected)
  })
})
