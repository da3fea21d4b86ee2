import type { LineEnding } from '@shared/post'
import type { DocumentModels } from '@renderer/documents/session-inputs'

interface Buffer {
  text: string
  version: number
  savedVersion: number
}

/**
 * The editor's buffers without Monaco: text, a version that changes with every edit, and the
 * saved mark. `type` is the writer typing.
 */
export class FakeModels implements DocumentModels {
  private readonly buffers = new Map<string, Buffer>()
  private versions = 0

  open(id: string, text: string, _lineEnding: LineEnding): void {
    if (this.buffers.has(id)) return
    const version = ++this.versions
    this.buffers.set(id, { text, version, savedVersion: version })
  }

  has(id: string): boolean {
    return this.buffers.has(id)
  }

  text(id: string): string {
    return this.buffer(id).text
  }

  versionOf(id: string): number {
    return this.buffer(id).version
  }

  markSaved(id: string, version?: number): void {
    const buffer = this.buffer(id)
    buffer.savedVersion = version ?? buffer.version
  }

  isDirty(id: string): boolean {
    const buffer = this.buffers.get(id)
    return buffer !== undefined && buffer.version !== buffer.savedVersion
  }

  replaceText(id: string, text: string): void {
    const buffer = this.buffer(id)
    if (buffer.text === text) return
    buffer.text = text
    buffer.version = ++this.versions
  }

  type(id: string, text: string): void {
    this.replaceText(id, text)
  }

  rename(oldId: string, newId: string): void {
    const buffer = this.buffers.get(oldId)
    if (!buffer) return
    this.buffers.delete(oldId)
    this.buffers.set(newId, buffer)
  }

  close(id: string): void {
    this.buffers.delete(id)
  }

  private buffer(id: string): Buffer {
    const buffer = this.buffers.get(id)
    if (!buffer) throw new Error(`No buffer for ${id}`)
    return buffer
  }
}
