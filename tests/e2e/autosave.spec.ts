import { AppPage } from './pages/AppPage'
import { SettingsDialogPage } from './pages/SettingsDialogPage'
import { backupText, readPostText, samples } from './disk'
import { expect, test } from './web-host-fixture'

test.use({ locale: 'en-US' })

const typed = '不用按保存也会写到磁盘上的一段'

test('autosave after a pause writes the post without Save', async ({ page, host }) => {
  const original = await readPostText(host.folder, samples.aiDaily)
  const app = new AppPage(page)
  await app.goto(host.url)
  await new SettingsDialogPage(page).setAutosave('delay', 0.5)

  await app.openPost(samples.aiDaily)
  await app.editor.goToEnd()
  await app.editor.type(`\n${typed}`)
  await expect.poll(() => readPostText(host.folder, samples.aiDaily)).toBe(`${original}\n${typed}`)
  await expect(app.posts.dirtyMark(samples.aiDaily)).toHaveCount(0)

  // The setting is kept: after a reload it still saves by itself.
  await app.reload()
  await app.openPost(samples.aiDaily)
  await app.editor.goToEnd()
  await app.editor.type('。')
  await expect
    .poll(() => readPostText(host.folder, samples.aiDaily))
    .toBe(`${original}\n${typed}。`)
})

test('autosave leaves a post with broken front matter to the writer', async ({ page, host }) => {
  const original = await readPostText(host.folder, samples.aiDaily)
  const app = new AppPage(page)
  await app.goto(host.url)
  await new SettingsDialogPage(page).setAutosave('delay', 0.2)

  await app.openPost(samples.aiDaily)
  await app.editor.focus()
  await page.keyboard.press('Control+Home')
  await page.keyboard.press('End')
  // A second title: duplicate keys make the block invalid YAML.
  await app.editor.type('\ntitle: 重复的标题')
  // The backup comes a second after the typing stops, well after the 0.2 s autosave would have.
  await expect.poll(() => backupText(host.dataDir, samples.aiDaily)).toContain('重复的标题')
  expect(await readPostText(host.folder, samples.aiDaily)).toBe(original)
  await expect(app.posts.dirtyMark(samples.aiDaily)).toBeVisible()
})

test('autosave on focus change saves the post left for another', async ({ page, host }) => {
  const original = await readPostText(host.folder, samples.aiDaily)
  const app = new AppPage(page)
  await app.goto(host.url)
  await new SettingsDialogPage(page).setAutosave('focus')

  await app.openPost(samples.aiDaily)
  await app.editor.goToEnd()
  await app.editor.type(`\n${typed}`)
  await expect(app.posts.dirtyMark(samples.aiDaily)).toBeVisible()
  await app.openPost(samples.macro)
  await expect.poll(() => readPostText(host.folder, samples.aiDaily)).toBe(`${original}\n${typed}`)
  await expect(app.posts.dirtyMark(samples.aiDaily)).toHaveCount(0)
})

test('the pause before saving is offered only while autosave waits for a pause', async ({
  page,
  host
}) => {
  const app = new AppPage(page)
  await app.goto(host.url)
  const settings = new SettingsDialogPage(page)
  await settings.open()
  // Autosave is off at first: a pause would change nothing, so it is not there to set.
  await expect(settings.autosave).toHaveValue('off')
  await expect(settings.autosaveDelay).toHaveCount(0)
  await expect(settings.autosaveDelayLabel).toHaveCount(0)

  await settings.autosave.selectOption('delay')
  await expect(settings.autosaveDelayLabel).toHaveText('Pause before saving (seconds)')
  await expect(settings.autosaveDelay).toBeVisible()

  await settings.autosave.selectOption('focus')
  await expect(settings.autosaveDelay).toHaveCount(0)
  await expect(settings.autosaveDelayLabel).toHaveCount(0)
})
