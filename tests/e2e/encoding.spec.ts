import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { AppPage } from './pages/AppPage'
import { readPost, writePost } from './disk'
import { expect, test } from './web-host-fixture'

test.use({ locale: 'en-US' })

const fixtures = resolve(__dirname, '..', 'fixtures', 'encoding')
/** Made with `iconv -t GB18030` from the `.utf8.md` file: CRLF, four-byte characters (𠀀, 😀). */
const gbBytes = readFileSync(join(fixtures, 'gb18030-post.md'))
const utf8Bytes = readFileSync(join(fixtures, 'gb18030-post.utf8.md'))
const id = '_posts/2019-03-22-gbk-weekly.md'

test.use({ folderSeed: { prepare: (folder) => writePost(folder, id, gbBytes) } })

test('a GBK/GB18030 post opens read-only with a banner; Convert rewrites it as UTF-8 and it becomes editable', async ({
  page,
  host
}) => {
  const app = new AppPage(page)
  await app.goto(host.url)
  await expect(app.posts.item(id)).toContainText('周报：第十二周')
  await expect(app.posts.item(id)).toContainText('GBK')
  await app.openPost(id)

  const banner = page.getByTestId('encoding-banner')
  await expect(banner).toContainText('GBK/GB18030')
  await expect(app.preview.root).toContainText('扩展字符 𠀀 与表情 😀')
  await expect(app.button('save-post')).toBeDisabled()
  await expect(page.getByTestId('status-encoding')).toContainText('GBK/GB18030')

  // Typing changes nothing: the editor is read-only.
  await app.editor.goToEnd()
  await app.editor.type('不该出现')
  await expect(page.locator('.monaco-editor-overlaymessage')).toBeVisible()
  await expect(app.preview.root).not.toContainText('不该出现')
  await expect(app.posts.dirtyMark(id)).toHaveCount(0)

  // Cancelling the confirmation leaves the file alone.
  const convert = banner.getByRole('button', { name: 'Convert to UTF-8…' })
  const dialog = page.getByTestId('convert-dialog')
  await convert.click()
  await expect(dialog).toContainText(id)
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toHaveCount(0)
  expect((await readPost(host.folder, id)).equals(gbBytes)).toBe(true)

  await convert.click()
  await dialog.getByRole('button', { name: 'Convert', exact: true }).click()
  await expect.poll(async () => (await readPost(host.folder, id)).equals(utf8Bytes)).toBe(true)
  await expect(banner).toHaveCount(0)
  await expect(app.posts.item(id)).not.toContainText('GBK')
  await expect(app.button('save-post')).toBeEnabled()
  await expect(page.getByTestId('status-encoding')).toHaveText(/UTF-8$/)

  // Editable now, and saving writes UTF-8 with the file's CRLF line endings.
  await app.editor.goToEnd()
  await app.editor.type('转换后追加。')
  await expect(app.preview.root).toContainText('转换后追加。')
  await app.editor.saveWithShortcut()
  await expect
    .poll(async () => (await readPost(host.folder, id)).toString('utf8'))
    .toBe(`${utf8Bytes.toString('utf8')}转换后追加。`)
})
