import { describe, expect, it } from 'vitest'
import { PostcloudError } from '@shared/errors'
import type { PostStamp } from '@shared/post'
import { DocumentSession } from '@renderer/documents/DocumentSession'
import { FakeDisk } from './fake-disk'
import { FakeModels } from './fake-models'

const id = 'posts/a.md'

/** A session on a fake back end and fake buffers, with the errors it reported. */
function setup(): {
  disk: FakeDisk
  models: FakeModels
  session: DocumentSession
  errors: Error[]
} {
  const disk = new FakeDisk()
  const models = new FakeModels()
  const session = new DocumentSession(disk, models)
  const errors: Error[] = []
  session.onError((error) => errors.push(error))
  return { disk, models, session, errors }
}

/** Lets every promise callback that can run, run: a call the session should hold back would be out by then. */
function settled(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/** The setup with `id` on disk holding `raw`, opened. */
async function opened(raw = 'one\n'): Promise<ReturnType<typeof setup> & { loaded: PostStamp }> {
  const context = setup()
  const loaded = context.disk.write(id, raw)
  expect(await context.session.open(id)).toBe(true)
  return { ...context, loaded }
}

describe('DocumentSession', () => {
  it('opens a post as the active one with a clean buffer', async () => {
    const { session, models, loaded } = await opened('one\n')
    const state = session.getSnapshot()
    expect(state.activeId).toBe(id)
    expect(state.docs.get(id)).toMatchObject({ stamp: loaded, deleted: false, saveError: null })
    expect(models.text(id)).toBe('one\n')
    expect(models.isDirty(id)).toBe(false)
  })

  it('reports a post that cannot be read and opens nothing', async () => {
    const { session, errors } = setup()
    expect(await session.open('missing.md')).toBe(false)
    expect(errors.map((error) => (error as PostcloudError).code)).toEqual(['NOT_FOUND'])
    expect(session.getSnapshot().docs.size).toBe(0)
  })

  it('keeps its snapshot, and tells no one, while nothing changes', async () => {
    const { session } = await opened()
    const before = session.getSnapshot()
    let told = 0
    session.subscribe(() => told++)
    session.dismissConflict()
    session.dismissRecreate()
    await session.open(id)
    expect(session.getSnapshot()).toBe(before)
    expect(told).toBe(0)
  })

  describe('two saves in flight', () => {
    it('runs the second after the first, which ends with both edits in the file', async () => {
      const { disk, models, session } = await opened('one\n')
      disk.hold('savePost')
      models.type(id, 'one\ntwo\n')
      const first = session.save()
      const firstAnswer = await disk.nextHeld()
      models.type(id, 'one\ntwo\nthree\n')
      const second = session.save()
      await settled()
      expect(disk.callsOf('savePost')).toHaveLength(1)
      expect(session.getSnapshot().docs.get(id)?.saving).toBe(true)

      firstAnswer.release()
      ;(await disk.nextHeld()).release()
      expect(await first).toBe(true)
      expect(await second).toBe(true)

      const saves = disk.callsOf('savePost')
      expect(saves.map((call) => call.raw)).toEqual(['one\ntwo\n', 'one\ntwo\nthree\n'])
      // The second expects the file the first wrote, so it is no conflict.
      expect(saves[1].expected).toEqual(saves[0].wrote)
      expect(disk.raw(id)).toBe('one\ntwo\nthree\n')
      expect(models.isDirty(id)).toBe(false)
      expect(session.getSnapshot().docs.get(id)).toMatchObject({
        stamp: disk.stamp(id),
        saving: false,
        saveError: null
      })
    })

    it('sends nothing more for a save asked for again with nothing new typed', async () => {
      const { disk, models, session } = await opened('one\n')
      disk.hold('savePost')
      models.type(id, 'one\ntwo\n')
      const first = session.save()
      const again = session.save()
      ;(await disk.nextHeld()).release()
      expect([await first, await again]).toEqual([true, true])
      expect(disk.callsOf('savePost')).toHaveLength(1)
    })
  })

  describe('a change on disk during a save', () => {
    it('looks at the event of its own save only once the save has answered', async () => {
      const { disk, models, session } = await opened('one\n')
      disk.hold('savePost')
      models.type(id, 'mine\n')
      const saving = session.save()
      const answer = await disk.nextHeld()
      // The file watcher reports our own write before the save's answer comes back.
      const following = session.diskChanged(id, false)
      await settled()
      expect(disk.callsOf('readPost')).toHaveLength(1)

      answer.release()
      await Promise.all([saving, following])
      expect(disk.callsOf('readPost')).toHaveLength(2)
      expect(session.getSnapshot().conflict).toBeNull()
      expect(models.text(id)).toBe('mine\n')
      expect(models.isDirty(id)).toBe(false)
    })

    it('asks the writer when another program wrote while they kept typing', async () => {
      const { disk, models, session } = await opened('one\n')
      disk.hold('savePost')
      models.type(id, 'mine\n')
      const saving = session.save()
      const answer = await disk.nextHeld()
      models.type(id, 'mine, and more\n')
      disk.write(id, 'theirs\n')
      const following = session.diskChanged(id, false)
      answer.release()
      await Promise.all([saving, following])

      expect(session.getSnapshot().conflict).toMatchObject({ id, theirs: { raw: 'theirs\n' } })
      expect(models.text(id)).toBe('mine, and more\n')
      expect(models.isDirty(id)).toBe(true)
    })

    it('follows the other program quietly when the buffer was saved clean', async () => {
      const { disk, models, session } = await opened('one\n')
      disk.hold('savePost')
      models.type(id, 'mine\n')
      const saving = session.save()
      const answer = await disk.nextHeld()
      disk.write(id, 'theirs\n')
      const following = session.diskChanged(id, false)
      answer.release()
      await Promise.all([saving, following])

      expect(session.getSnapshot().conflict).toBeNull()
      expect(models.text(id)).toBe('theirs\n')
      expect(models.isDirty(id)).toBe(false)
      expect(session.getSnapshot().docs.get(id)?.stamp).toEqual(disk.stamp(id))
    })
  })

  it('keeps a dirty buffer whose file was deleted, and writes it back only once confirmed', async () => {
    const { disk, models, session } = await opened('one\n')
    models.type(id, 'mine\n')
    disk.remove(id)
    await session.diskChanged(id, true)
    expect(session.getSnapshot().docs.get(id)?.deleted).toBe(true)
    expect(models.text(id)).toBe('mine\n')

    expect(await session.save()).toBe(false)
    expect(session.getSnapshot().recreateAsk).toBe(id)
    expect(disk.callsOf('savePost')).toHaveLength(0)

    expect(await session.recreate(id)).toBe(true)
    expect(disk.callsOf('savePost')).toMatchObject([
      { method: 'savePost', id, raw: 'mine\n', expected: null }
    ])
    expect(disk.raw(id)).toBe('mine\n')
    expect(session.getSnapshot().recreateAsk).toBeNull()
    expect(session.getSnapshot().docs.get(id)?.deleted).toBe(false)
    expect(models.isDirty(id)).toBe(false)
  })

  describe('a conflict', () => {
    async function conflicted(): Promise<Awaited<ReturnType<typeof opened>>> {
      const context = await opened('one\n')
      context.models.type(id, 'mine\n')
      context.disk.write(id, 'theirs\n')
      expect(await context.session.save()).toBe(false)
      return context
    }

    it('shows their version and writes nothing', async () => {
      const { disk, models, session, loaded, errors } = await conflicted()
      expect(session.getSnapshot().conflict).toMatchObject({ id, theirs: { raw: 'theirs\n' } })
      expect(disk.callsOf('savePost')[0].expected).toEqual(loaded)
      expect(disk.raw(id)).toBe('theirs\n')
      expect(models.text(id)).toBe('mine\n')
      expect(errors).toEqual([])
    })

    it('then keep mine saves over their version', async () => {
      const { disk, models, session } = await conflicted()
      const theirs = disk.stamp(id)
      await session.keepMine()
      expect(session.getSnapshot().conflict).toBeNull()
      expect(disk.callsOf('savePost')).toHaveLength(2)
      expect(disk.callsOf('savePost')[1]).toMatchObject({ raw: 'mine\n', expected: theirs })
      expect(disk.raw(id)).toBe('mine\n')
      expect(models.isDirty(id)).toBe(false)
      expect(session.getSnapshot().docs.get(id)).toMatchObject({
        stamp: disk.stamp(id),
        saveError: null
      })
    })

    it('then take theirs puts their text in the buffer, clean', async () => {
      const { disk, models, session } = await conflicted()
      session.takeTheirs()
      expect(session.getSnapshot().conflict).toBeNull()
      expect(models.text(id)).toBe('theirs\n')
      expect(models.isDirty(id)).toBe(false)
      expect(session.getSnapshot().docs.get(id)?.stamp).toEqual(disk.stamp(id))
      expect(disk.callsOf('savePost')).toHaveLength(1)
    })
  })

  it('keeps the buffer after a failed save and saves it on the retry', async () => {
    const { disk, models, session, errors, loaded } = await opened('one\n')
    models.type(id, 'mine\n')
    const full = new PostcloudError('DISK_FULL', 'The disk is full')
    disk.failNextSave(full)
    expect(await session.save()).toBe(false)
    expect(session.getSnapshot().docs.get(id)).toMatchObject({
      saving: false,
      saveError: 'The disk is full'
    })
    expect(errors).toEqual([full])
    expect(models.text(id)).toBe('mine\n')
    expect(models.isDirty(id)).toBe(true)
    expect(disk.raw(id)).toBe('one\n')

    expect(await session.save()).toBe(true)
    expect(disk.callsOf('savePost').map((call) => call.expected)).toEqual([loaded, loaded])
    expect(disk.raw(id)).toBe('mine\n')
    expect(session.getSnapshot().docs.get(id)?.saveError).toBeNull()
    expect(models.isDirty(id)).toBe(false)
  })

  describe('recovery', () => {
    const recovered = (base: PostStamp | null): Parameters<DocumentSession['restore']>[0] => ({
      id,
      text: 'recovered\n',
      backedUpAt: '2025-01-01T00:00:00.000Z',
      base
    })

    it('restores a buffer as an unsaved edit that saves over the file it was based on', async () => {
      const { disk, models, session } = setup()
      const base = disk.write(id, 'one\n')
      expect(await session.restore(recovered(base))).toBe(true)
      expect(session.getSnapshot().activeId).toBe(id)
      expect(models.text(id)).toBe('recovered\n')
      expect(models.isDirty(id)).toBe(true)
      expect(disk.callsOf('savePost')).toHaveLength(0)

      expect(await session.save()).toBe(true)
      expect(disk.callsOf('savePost')).toMatchObject([
        { method: 'savePost', id, raw: 'recovered\n', expected: base }
      ])
      expect(disk.raw(id)).toBe('recovered\n')
    })

    it('makes the first save a conflict when the file changed after the backup', async () => {
      const { disk, session } = setup()
      const base = disk.write(id, 'one\n')
      disk.write(id, 'changed since\n')
      await session.restore(recovered(base))
      expect(await session.save()).toBe(false)
      expect(session.getSnapshot().conflict).toMatchObject({ theirs: { raw: 'changed since\n' } })
      expect(disk.raw(id)).toBe('changed since\n')
    })

    it('restores the buffer of a file that is gone as deleted', async () => {
      const { disk, models, session } = setup()
      await session.restore(recovered(null))
      expect(session.getSnapshot().docs.get(id)?.deleted).toBe(true)
      expect(models.text(id)).toBe('recovered\n')
      expect(await session.save()).toBe(false)
      expect(session.getSnapshot().recreateAsk).toBe(id)
      expect(disk.callsOf('savePost')).toHaveLength(0)
    })
  })

  describe('writes by the back end', () => {
    it('saves unsaved edits first, expects the saved stamp, and takes the text written', async () => {
      const { disk, models, session } = await opened('one\n')
      models.type(id, 'mine\n')
      const result = await session.writeThrough(id, async (expected) => {
        expect(expected).toEqual(disk.stamp(id))
        disk.write(id, 'mine\n![cloud](cloud.png)\n')
        return { postChanged: true }
      })
      expect(result).toEqual({ postChanged: true })
      expect(disk.callsOf('savePost').map((call) => call.raw)).toEqual(['mine\n'])
      expect(models.text(id)).toBe('mine\n![cloud](cloud.png)\n')
      expect(models.isDirty(id)).toBe(false)
    })

    it('does not write when the save before it failed', async () => {
      const { disk, models, session } = await opened('one\n')
      models.type(id, 'mine\n')
      disk.failNextSave(new PostcloudError('PERMISSION', 'Not allowed'))
      let wrote = false
      const result = await session.writeThrough(id, async () => {
        wrote = true
        return { postChanged: true }
      })
      expect(result).toBeNull()
      expect(wrote).toBe(false)
    })

    it('writes front matter over the saved body and brings the buffer along', async () => {
      const { disk, models, session } = await opened('body\n')
      models.type(id, 'new body\n')
      await session.setFrontMatter(id, { title: 'Hello' })
      const [save] = disk.callsOf('savePost')
      expect(save.raw).toBe('new body\n')
      expect(disk.callsOf('updateFrontMatter')[0].expected).toEqual(save.wrote)
      expect(disk.raw(id)).toBe('---\ntitle: Hello\n---\nnew body\n')
      expect(models.text(id)).toBe(disk.raw(id))
      expect(models.isDirty(id)).toBe(false)
    })
  })

  it('follows a rename and a close', async () => {
    const { models, session } = await opened()
    session.renamed(id, 'posts/b.md')
    expect(session.getSnapshot().activeId).toBe('posts/b.md')
    expect([...session.getSnapshot().docs.keys()]).toEqual(['posts/b.md'])
    expect(session.getSnapshot().docs.get('posts/b.md')?.id).toBe('posts/b.md')
    session.closed('posts/b.md')
    expect(session.getSnapshot()).toMatchObject({ activeId: null, docs: new Map() })
    expect(models.has('posts/b.md')).toBe(false)
  })
})

describe('DocumentSession.openFirst (the first screen of a folder)', () => {
  const picked = 'posts/picked.md'

  it('opens the post while no post is open', async () => {
    const { disk, session } = setup()
    disk.write(id, 'newest\n')
    expect(await session.openFirst(id)).toBe(true)
    expect(session.getSnapshot().activeId).toBe(id)
  })

  it('reads nothing while a post is open', async () => {
    const { disk, session } = setup()
    disk.write(picked, 'picked\n')
    disk.write(id, 'newest\n')
    await session.open(picked)
    expect(await session.openFirst(id)).toBe(false)
    expect(disk.callsOf('readPost').map((call) => call.id)).toEqual([picked])
    expect(session.getSnapshot().activeId).toBe(picked)
  })

  it('reads the post once when the writer picks the post it is opening', async () => {
    const { disk, session, models } = setup()
    disk.write(id, 'newest\n')
    disk.hold('readPost')
    const first = session.openFirst(id)
    const pick = session.open(id)
    ;(await disk.nextHeld()).release()
    expect(await pick).toBe(true)
    await first
    expect(disk.callsOf('readPost')).toHaveLength(1)
    expect(session.getSnapshot().activeId).toBe(id)
    expect(models.text(id)).toBe('newest\n')
  })

  it('leaves the post the writer picked while it was reading in front, and opens nothing', async () => {
    const { disk, session } = setup()
    disk.write(id, 'newest\n')
    disk.write(picked, 'picked\n')
    disk.hold('readPost')
    const first = session.openFirst(id)
    const pick = session.open(picked)
    const newestRead = await disk.nextHeld()
    const pickedRead = await disk.nextHeld()
    pickedRead.release()
    expect(await pick).toBe(true)
    newestRead.release()
    expect(await first).toBe(false)
    const state = session.getSnapshot()
    expect(state.activeId).toBe(picked)
    expect([...state.docs.keys()]).toEqual([picked])
  })
})
