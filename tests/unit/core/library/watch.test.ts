import { mkdir, rename, rm, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Library, watchLibrary } from '@core/library'
import type { LibraryEvent } from '@shared/folder-events'
import { tempFolder, useTempFolders, writeFiles } from './helpers'

useTempFolders()

const stops: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop()
})

/** Collects events; `next(match)` resolves with the first event (past or future) that matches. */
function recorder(): {
  events: LibraryEvent[]
  listener: (event: LibraryEvent) => void
  next: (match: Partial<LibraryEvent>) => Promise<LibraryEvent>
} {
  const events: LibraryEvent[] = []
  const waiting: Array<{ match: Partial<LibraryEvent>; resolve: (event: LibraryEvent) => void }> =
    []
  const matches = (event: LibraryEvent, match: Partial<LibraryEvent>): boolean =>
    (match.kind === undefined || event.kind === match.kind) &&
    (match.id === undefined || event.id === match.id)
  return {
    events,
    listener: (event) => {
      events.push(event)
      for (const waiter of [...waiting]) {
        if (matches(event, waiter.match)) {
          waiting.splice(waiting.indexOf(waiter), 1)
          waiter.resolve(event)
        }
      }
    },
    next: (match) => {
      const seen = events.find((event) => matches(event, match))
      if (seen) return Promise.resolve(seen)
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no ${JSON.stringify(match)} event in 10 s`)),
          10_000
        )
        waiting.push({ match, resolve: (event) => (clearTimeout(timer), resolve(event)) })
      })
    }
  }
}

describe('watchLibrary', () => {
  it('reports added, changed and removed posts by id, and nothing else', async () => {
    const dir = await tempFolder()
    await writeFiles(dir, { '_posts/old.md': 'old', '_site/built.md': 'x' })
    const { events, listener, next } = recorder()
    const stop = watchLibrary(dir, listener)
    stops.push(stop)
    await stop.ready

    await writeFile(join(dir, 'notes.txt'), 'not a post')
    await writeFile(join(dir, '_site', 'built.md'), 'skipped folder')
    await mkdir(join(dir, '.postcloud'))
    await writeFile(join(dir, '.postcloud', 'x.md'), 'dot folder')
    await writeFile(join(dir, '_posts', 'new.md'), 'new')
    expect(await next({ kind: 'add' })).toEqual({ kind: 'add', id: '_posts/new.md' })
    await writeFile(join(dir, '_posts', 'old.md'), 'old, edited')
    expect(await next({ kind: 'change' })).toEqual({ kind: 'change', id: '_posts/old.md' })
    await rm(join(dir, '_posts', 'new.md'))
    expect(await next({ kind: 'unlink' })).toEqual({ kind: 'unlink', id: '_posts/new.md' })
    await writeFile(join(dir, 'notes.markdown'), 'end marker')
    await next({ id: 'notes.markdown' })
    expect(events.every((event) => /\.(md|markdown)$/.test(event.id))).toBe(true)
    expect(
      events.some((event) => event.id.includes('_site') || event.id.includes('.postcloud'))
    ).toBe(false)
  })

  it('reports an atomic save (temp file renamed over the post) as a change, not a lost file', async () => {
    const dir = await tempFolder()
    await writeFiles(dir, { 'post.md': 'v1' })
    const library = await Library.open(dir, { resourcesDir: dir })
    const { events, listener, next } = recorder()
    stops.push(() => library.close())
    library.onEvent(listener)
    await library.whenWatching()
    const post = await library.read('post.md')
    await library.save('post.md', 'v2, saved atomically', post.stamp)
    await next({ id: 'post.md' })
    // A later marker proves no late 'unlink' of the saved post followed the rename.
    await writeFile(join(dir, 'marker.md'), 'marker')
    await next({ id: 'marker.md' })
    expect(events.filter((event) => event.id === 'post.md')).toEqual([
      { kind: 'change', id: 'post.md' }
    ])
    await rename(join(dir, 'post.md'), join(dir, 'moved.md'))
    await next({ kind: 'add', id: 'moved.md' })
    await next({ kind: 'unlink', id: 'post.md' })
    expect(events.some((event) => event.id.endsWith('.tmp'))).toBe(false)
  })

  it('does not watch through symlinks out of the folder', async () => {
    const outer = await tempFolder()
    const dir = join(outer, 'site')
    await writeFiles(outer, { 'elsewhere/a.md': 'a', 'site/in.md': 'in' })
    await symlink(join(outer, 'elsewhere'), join(dir, 'link'))
    const { events, listener, next } = recorder()
    const stop = watchLibrary(dir, listener)
    stops.push(stop)
    await stop.ready
    await writeFile(join(outer, 'elsewhere', 'b.md'), 'outside')
    await writeFile(join(dir, 'marker.md'), 'inside')
    await next({ id: 'marker.md' })
    expect(events.map((event) => event.id)).toEqual(['marker.md'])
  })

  it('starts the watcher with the first listener and stops it with the last', async () => {
    const dir = await tempFolder()
    const library = await Library.open(dir, { resourcesDir: dir })
    stops.push(() => library.close())
    const a = recorder()
    const b = recorder()
    const offA = library.onEvent(a.listener)
    const offB = library.onEvent(b.listener)
    await library.whenWatching()
    await writeFile(join(dir, 'one.md'), '1')
    await Promise.all([a.next({ id: 'one.md' }), b.next({ id: 'one.md' })])
    offA()
    await writeFile(join(dir, 'two.md'), '2')
    await b.next({ id: 'two.md' })
    expect(a.events.map((event) => event.id)).toEqual(['one.md'])
    offB()
    const c = recorder()
    library.onEvent(c.listener)
    await library.whenWatching()
    await writeFile(join(dir, 'three.md'), '3')
    expect(await c.next({ id: 'three.md' })).toEqual({ kind: 'add', id: 'three.md' })
  })
})
