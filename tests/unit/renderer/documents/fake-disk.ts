import { PostcloudError } from '@shared/errors'
import type { FrontMatterValue, Post, PostStamp } from '@shared/post'
import type { DocumentApi } from '@renderer/documents/session-inputs'

type Method = keyof DocumentApi

/** What the session asked the back end, in order. */
export interface Call {
  method: Method
  id: string
  raw?: string
  expected?: PostStamp | null
  /** The stamp of the file this call wrote, once written. */
  wrote?: PostStamp
}

/** An answer the back end has worked out (any write is done) but not yet sent: the test sends it. */
export interface HeldAnswer {
  id: string
  release(): void
}

function postOf(id: string, raw: string, stamp: PostStamp): Post {
  return {
    id,
    raw,
    body: raw,
    bodyLine: 0,
    frontMatter: null,
    frontMatterStatus: 'none',
    stamp,
    bom: false,
    lineEnding: 'lf',
    encoding: 'utf-8',
    readOnly: false
  }
}

/**
 * The back end's post methods over files in memory, with the stamp check of the real `savePost`.
 * Each write gets a stamp of its own, so any change on disk is a change the session can see.
 * Answers of a held method wait until the test releases them, so a test can put work of its own
 * between a call and its answer without sleeping.
 */
export class FakeDisk implements DocumentApi {
  readonly calls: Call[] = []
  private readonly files = new Map<string, Post>()
  private writes = 0
  private readonly holding = new Set<Method>()
  private readonly held: HeldAnswer[] = []
  private readonly waiting: ((answer: HeldAnswer) => void)[] = []
  private readonly saveFailures: Error[] = []

  /** Another program writes the file (no event: the test tells the session itself). */
  write(id: string, raw: string): PostStamp {
    const stamp = { mtimeMs: ++this.writes, size: raw.length, hash: `hash-${this.writes}` }
    this.files.set(id, postOf(id, raw, stamp))
    return stamp
  }

  remove(id: string): void {
    this.files.delete(id)
  }

  /** The file's text, undefined when there is no file. */
  raw(id: string): string | undefined {
    return this.files.get(id)?.raw
  }

  stamp(id: string): PostStamp | undefined {
    return this.files.get(id)?.stamp
  }

  callsOf(method: Method): Call[] {
    return this.calls.filter((call) => call.method === method)
  }

  /** From now on, answers of `method` wait for `release()`. */
  hold(method: Method): void {
    this.holding.add(method)
  }

  /** The oldest answer held back, once a call has come for it. */
  nextHeld(): Promise<HeldAnswer> {
    const answer = this.held.shift()
    if (answer) return Promise.resolve(answer)
    return new Promise((resolve) => this.waiting.push(resolve))
  }

  /** The next `savePost` fails with `error` and writes nothing. */
  failNextSave(error: Error): void {
    this.saveFailures.push(error)
  }

  readPost(id: string): Promise<Post> {
    this.calls.push({ method: 'readPost', id })
    return this.answer('readPost', id, () => this.existing(id))
  }

  savePost(id: string, raw: string, expected: PostStamp | null): Promise<PostStamp> {
    const call: Call = { method: 'savePost', id, raw, expected }
    this.calls.push(call)
    return this.answer('savePost', id, () => {
      const failure = this.saveFailures.shift()
      if (failure) throw failure
      this.check(id, expected)
      call.wrote = this.write(id, raw)
      return call.wrote
    })
  }

  /** Writes the keys as a block above the text (enough for the session, which only moves text). */
  updateFrontMatter(
    id: string,
    changes: Record<string, FrontMatterValue | undefined>,
    expected: PostStamp
  ): Promise<Post> {
    const call: Call = { method: 'updateFrontMatter', id, expected }
    this.calls.push(call)
    return this.answer('updateFrontMatter', id, () => {
      this.check(id, expected)
      const lines = Object.entries(changes).map(([key, value]) => `${key}: ${String(value)}`)
      call.wrote = this.write(id, `---\n${lines.join('\n')}\n---\n${this.existing(id).raw}`)
      return this.existing(id)
    })
  }

  private existing(id: string): Post {
    const post = this.files.get(id)
    if (!post) throw new PostcloudError('NOT_FOUND', `No post ${id}`)
    return post
  }

  /** As the real back end: the disk must hold `expected` (null: no file at all). */
  private check(id: string, expected: PostStamp | null): void {
    const onDisk = this.files.get(id)?.stamp.hash ?? null
    if (onDisk !== (expected?.hash ?? null))
      throw new PostcloudError('CONFLICT', `${id} changed on disk`)
  }

  /** Does the work now; sends the outcome now, or when released if `method` is held. */
  private answer<T>(method: Method, id: string, work: () => T): Promise<T> {
    let send: () => Promise<T>
    try {
      const value = work()
      send = () => Promise.resolve(value)
    } catch (error) {
      send = () => Promise.reject(error)
    }
    if (!this.holding.has(method)) return send()
    return new Promise<T>((resolve) => {
      const answer = { id, release: () => resolve(send()) }
      const waiter = this.waiting.shift()
      if (waiter) waiter(answer)
      else this.held.push(answer)
    })
  }
}
