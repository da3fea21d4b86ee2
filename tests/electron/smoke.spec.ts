import { _electron as electron, expect, test } from '@playwright/test'
import { existsSync, readFileSync } from 'node:fs'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { readPostText, samples } from '../e2e/disk'
import { AppPage } from '../e2e/pages/AppPage'

const root = resolve(__dirname, '..', '..')

/** The binary the `electron` package downloaded at install, or null when it could not. */
function electronBinary(): string | null {
  const dir = join(root, 'node_modules', 'electron')
  const pathFile = join(dir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

const binary = electronBinary()

test.skip(
  binary === null,
  'no Electron binary (node_modules/electron has no path.txt or dist/: installed with ELECTRON_SKIP_BINARY_DOWNLOAD or offline); the window itself is tested in Chromium through the web host'
)

test('the Electron window opens a folder, edits a post and saves it', async () => {
  const temp = await mkdtemp(join(tmpdir(), 'postcloud-electron-'))
  const folder = join(temp, 'smoke-posts')
  await cp(join(root, 'resources', 'sample-posts'), folder, { recursive: true })
  const original = await readPostText(folder, samples.aiDaily)
  const app = await electron.launch({
    executablePath: binary ?? undefined,
    args: [join(root, 'out', 'main', 'index.js')],
    env: { ...process.env, POSTCLOUD_DATA_DIR: join(temp, 'data') }
  })
  try {
    const page = await app.firstWindow()
    // The native folder dialog cannot be clicked: it answers with the test's folder instead.
    await app.evaluate(({ dialog }, path) => {
      dialog.showOpenDialog = async () => ({ canceled: false, filePaths: [path] })
    }, folder)
    const window = new AppPage(page)
    await window.button('open-folder').click()
    await expect(page.getByRole('toolbar')).toContainText('smoke-posts')

    await window.openPost(samples.aiDaily)
    await window.editor.goToEnd()
    await window.editor.type('\n桌面版冒烟测试')
    await expect(window.preview.root).toContainText('桌面版冒烟测试')
    await window.editor.saveWithShortcut()

    await expect
      .poll(() => readPostText(folder, samples.aiDaily))
      .toBe(`${original}\n桌面版冒烟测试`)
  } finally {
    await app.close()
    await rm(temp, { recursive: true, force: true })
  }
})
