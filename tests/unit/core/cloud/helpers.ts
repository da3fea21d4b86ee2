import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Library } from '@core/library'
import { PostcloudError } from '@shared/errors'

export { codeOf } from '../../../support/code-of'
export { fakeJpeg, fakePng, snapshot } from '../assets/helpers'

const fixturesDir = fileURLToPath(new URL('../../../fixtures/cloud-settings', import.meta.url))
const resourcesDir = fileURLToPath(new URL('../../../../resources', import.meta.url))

export interface Folder {
  /** The posts folder, a fresh copy of one fixture folder. */
  dir: string
  store: Library
  text(rel: string): Promise<string>
  bytes(rel: string): Promise<Buffer>
  write(rel: string, data: string | Buffer): Promise<void>
  exists(rel: string): Promise<boolean>
  dispose(): Promise<void>
}

/** A temp copy of `tests/fixtures/cloud-settings/<name>` opened as a Library. */
export async function openFixture(name: 'plain' | 'site'): Promise<Folder> {
  const outer = await mkdtemp(join(tmpdir(), 'postcloud-cloud-settings-'))
  const dir = join(outer, name)
  await cp(join(fixturesDir, name), dir, { recursive: true })
  const store = await Library.open(dir, { resourcesDir })
  return {
    dir,
    store,
    text: (rel) => readFile(join(dir, rel), 'utf8'),
    bytes: (rel) => readFile(join(dir, rel)),
    async write(rel, data) {
      await mkdir(dirname(join(dir, rel)), { recursive: true })
      await writeFile(join(dir, rel), data)
    },
    exists: (rel) =>
      readFile(join(dir, rel)).then(
        () => true,
        () => false
      ),
    async dispose() {
      await store.close()
      await rm(outer, { recursive: true, force: true })
    }
  }
}

/** The PostcloudError message a promise rejects with. */
export async function messageOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    if (error instanceof PostcloudError) return error.message
    throw error
  }
  throw new Error('expected a PostcloudError')
}
