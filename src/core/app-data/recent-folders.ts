import { join } from 'node:path'
import { readJsonFile, writeJsonFile } from './json-file'

const limit = 10

/** Recently opened folders, kept in the app's data folder (not in any posts folder). */
export class RecentFolders {
  private readonly file: string

  constructor(dataDir: string) {
    this.file = join(dataDir, 'recent-folders.json')
  }

  async list(): Promise<string[]> {
    const value = await readJsonFile<unknown>(this.file, [])
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
  }

  async add(folder: string): Promise<string[]> {
    const next = [folder, ...(await this.list()).filter((f) => f !== folder)].slice(0, limit)
    await writeJsonFile(this.file, next)
    return next
  }
}
