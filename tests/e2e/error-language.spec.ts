import { join } from 'node:path'
import { AppPage } from './pages/AppPage'
import { RenameDialogPage } from './pages/RenameDialogPage'
import { filesUnder, readPost, samples } from './disk'
import { expect, test } from './web-host-fixture'

test.use({ locale: 'zh-CN' })

/** A run of English words: what a Chinese writer must not be shown beside the file names. */
const englishSentence = /[A-Za-z]{4,} [a-z]{3,}/

test('a refused rename is said in Chinese, naming the file, with no English sentence', async ({
  page,
  host
}) => {
  const macro = await readPost(host.folder, samples.macro)
  const reading = await readPost(host.folder, samples.reading)
  const app = new AppPage(page)
  await app.goto(host.url)
  await app.openPost(samples.macro)

  await app.button('rename-post').click()
  const dialog = new RenameDialogPage(page)
  await dialog.tryRename('2025-11-30-reading-monthly.md')

  const alert = app.toasts.getByRole('alert')
  await expect(alert).toHaveText(`“${samples.reading}”已存在，请换一个名称。×`)
  const shown = (await alert.textContent()) ?? ''
  expect(shown.replace(samples.reading, '')).not.toMatch(englishSentence)

  // Nothing moved: both posts keep their names and bytes.
  const names = await filesUnder(join(host.folder, '_posts'))
  expect(names).toContain('2025-12-02-macro-daily.md')
  expect(await readPost(host.folder, samples.macro)).toEqual(macro)
  expect(await readPost(host.folder, samples.reading)).toEqual(reading)
})
