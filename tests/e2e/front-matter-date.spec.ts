import { access } from 'node:fs/promises'
import { join } from 'node:path'
import { readPostText, samples } from './disk'
import { AppPage } from './pages/AppPage'
import { SettingsDialogPage } from './pages/SettingsDialogPage'
import { expect, test } from './web-host-fixture'

const dateLine = 'date: "2025-11-11 15:33:03 +0800"'

// docs/BAD-INPUTS.md#bi-fm-date
test('a date Jekyll cannot read stays a red draft and reaches neither the file nor the editor', async ({
  page,
  host
}) => {
  const before = await readPostText(host.folder, samples.aiDaily)
  const app = new AppPage(page)
  await app.goto(host.url)
  await app.openPost(samples.aiDaily)

  await app.form.typeDate('2025/13/45 25:00')
  // A title edited afterwards lands; the form's writes go in order, so the date never did.
  await app.form.setTitle('改过的标题')
  await expect.poll(() => readPostText(host.folder, samples.aiDaily)).toContain('改过的标题')
  const after = await readPostText(host.folder, samples.aiDaily)
  expect(after).toBe(before.replace(/^title: .*$/m, 'title: "改过的标题"'))
  await app.editor.expectVisible(dateLine)
  // The form kept it back itself: the back end, which would refuse it too, never saw it.
  await expect(app.toasts).not.toContainText('2025/13/45')

  await expect(app.form.date).toHaveValue('2025/13/45 25:00')
  await expect(app.form.date).toHaveAttribute('aria-invalid', 'true')
  await expect(app.form.dateProblem).toContainText('Jekyll cannot read this date')
  await expect(app.form.dateProblem).toContainText('2025-11-11 15:33:03 +0800')
  // The picker cannot read it either: disabled, and the browser's own input stays out of sight.
  await expect(app.form.datePicker).toBeDisabled()
  await expect(app.form.dateCalendar).toHaveCSS('opacity', '0')

  // Escape gives the file's date back.
  await app.form.date.press('Escape')
  await expect(app.form.date).toHaveValue('2025-11-11 15:33:03 +0800')
  await expect(app.form.dateProblem).toBeHidden()
})

test('a date moved to another day offers to rename the file to match, keeping the post open', async ({
  page,
  host
}) => {
  const renamed = '_posts/2025-11-12-twitter-ai-daily.md'
  const app = new AppPage(page)
  await app.goto(host.url)
  await app.openPost(samples.aiDaily)
  await expect(app.form.nameDay).toBeHidden()

  await app.form.pickDate('2025-11-12T09:30:03')
  await expect
    .poll(() => readPostText(host.folder, samples.aiDaily))
    .toContain('date: "2025-11-12 09:30:03 +0800"')
  await expect(app.form.nameDay).toContainText('2025-11-12')
  await expect(app.form.nameDay).toContainText('2025-11-11')
  await expect(app.form.renameToDate).toHaveText('Rename file to 2025-11-12-twitter-ai-daily.md')

  await app.form.renameToDate.click()
  await expect(app.posts.item(renamed)).toBeVisible()
  await app.posts.expectSelected(renamed)
  await expect(app.form.nameDay).toBeHidden()
  await expect(access(join(host.folder, samples.aiDaily))).rejects.toThrow()
  expect(await readPostText(host.folder, renamed)).toContain('date: "2025-11-12 09:30:03 +0800"')
  await app.editor.expectVisible('date: "2025-11-12 09:30:03 +0800"')
  await expect(app.form.title).toHaveValue('AI 推特日报：多模态与智能体的一天')
})

test.describe('in a browser set to American English', () => {
  test.use({ locale: 'en-US' })

  test('the date picker shows the date as 简体中文 writes it once the window speaks it', async ({
    page,
    host
  }) => {
    const app = new AppPage(page)
    await app.goto(host.url)
    const settings = new SettingsDialogPage(page)
    await settings.open()
    await settings.language.selectOption('zh-CN')
    await settings.close()
    await app.openPost(samples.aiDaily)

    await expect(app.form.datePicker).toHaveText('2025-11-11 15:33')
    await expect(app.form.datePicker).toHaveAccessibleName('选择日期：2025-11-11 15:33')
    await expect(app.form.datePicker).not.toContainText('11/11/2025')
    // Keyboard: Tab from the date text reaches the picker.
    await app.form.date.focus()
    await page.keyboard.press('Tab')
    await expect(app.form.datePicker).toBeFocused()
  })
})
