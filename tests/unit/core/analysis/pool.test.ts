import { spawnSync } from 'node:child_process'
import { availableParallelism } from 'node:os'
import { resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { WorkerPool } from '@core/analysis/pool'

interface Payload {
  value?: number
  delay?: number
  crash?: boolean
  hang?: boolean
  fail?: boolean
}

interface Reply {
  echo: number
  threadId: number
}

const script = resolve('tests/fixtures/workers/echo-worker.mjs')
const pools: Array<WorkerPool<Payload, Reply>> = []

function pool(size: number, workerData?: unknown): WorkerPool<Payload, Reply> {
  const created = new WorkerPool<Payload, Reply>({ script, size, workerData })
  pools.push(created)
  return created
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()))
})

describe('WorkerPool', () => {
  it('starts workers lazily, one per concurrent job, up to its size', async () => {
    const workers = pool(2)
    expect(workers.started).toBe(0)
    expect((await workers.run({ value: 1 })).echo).toBe(1)
    expect(workers.started).toBe(1)
    const replies = await Promise.all(
      [1, 2, 3, 4, 5].map((value) => workers.run({ value, delay: 20 }))
    )
    expect(replies.map((reply) => reply.echo)).toEqual([1, 2, 3, 4, 5])
    expect(workers.started).toBeLessThanOrEqual(2)
  })

  it('warm starts up to the requested number of workers, never beyond the size', async () => {
    const workers = pool(2)
    await workers.warm()
    expect(workers.started).toBe(1)
    await workers.warm(Infinity)
    expect(workers.started).toBe(workers.size)
    expect((await workers.run({ value: 7 })).echo).toBe(7)
    expect(workers.started).toBe(workers.size)
  })

  it('caps the size at the machine parallelism and at least 1', () => {
    expect(pool(10_000).size).toBeLessThanOrEqual(10_000)
    expect(pool(0).size).toBe(1)
  })

  it('rejects the in-flight job of a crashed worker clearly and keeps working', async () => {
    const workers = pool(1)
    await workers.run({ value: 1 })
    const crashed = workers.run({ crash: true })
    const queued = workers.run({ value: 2 })
    queued.catch(() => {})
    await expect(crashed).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringMatching(/analysis worker stopped unexpectedly .*exit code 3/)
    })
    expect((await queued).echo).toBe(2)
    expect((await workers.run({ value: 3 })).echo).toBe(3)
  })

  it('passes a job error back without losing the worker', async () => {
    const workers = pool(1)
    await expect(workers.run({ fail: true })).rejects.toThrow(/failed on purpose/)
    expect((await workers.run({ value: 4 })).echo).toBe(4)
    expect(workers.started).toBe(1)
  })

  it('fails queued jobs when workers cannot start, and tries again on the next job', async () => {
    const workers = pool(2, { failStart: true })
    const jobs = [1, 2, 3].map((value) =>
      expect(workers.run({ value })).rejects.toThrow(/could not start .*bad setup on purpose/)
    )
    await Promise.all(jobs)
    await expect(workers.run({ value: 4 })).rejects.toThrow(/could not start/)
    await expect(workers.warm()).rejects.toThrow(/could not start/)
  })

  it('close rejects running and queued jobs and every later one', async () => {
    const workers = pool(1)
    const running = expect(workers.run({ hang: true })).rejects.toThrow(/closed/)
    const queued = expect(workers.run({ value: 1 })).rejects.toThrow(/closed/)
    await workers.warm()
    await workers.close()
    await Promise.all([running, queued])
    await expect(workers.run({ value: 2 })).rejects.toThrow(/closed/)
  })

  it('idle resolves when nothing is queued or running', async () => {
    const workers = pool(1)
    await workers.idle()
    const job = workers.run({ value: 1, delay: 30 })
    await workers.idle()
    await expect(job).resolves.toMatchObject({ echo: 1 })
  })
})

describe('a pool whose calling thread takes jobs too (runHere)', () => {
  /** Jobs run here answer with threadId 0 (the main thread's), and are listed in `here`. */
  function sharing(size: number, here: number[]): WorkerPool<Payload, Reply> {
    const created = new WorkerPool<Payload, Reply>({
      script,
      size,
      runHere: (payload) => {
        if (payload.fail) throw new Error('failed here on purpose')
        here.push(payload.value ?? -1)
        return { echo: payload.value ?? -1, threadId: 0 }
      }
    })
    pools.push(created)
    return created
  }

  // A pool of one thread on a one-core machine has no worker to send work to (next test).
  it.skipIf(availableParallelism() < 2)(
    'sends work to its workers until told this thread is free, then shares it',
    async () => {
      const here: number[] = []
      const workers = sharing(2, here)
      // A lone job goes to a worker: the calling thread stays free for its own work.
      expect((await workers.run({ value: 1 })).threadId).not.toBe(0)
      const before = [2, 3, 4, 5, 6].map((value) => workers.run({ value, delay: 20 }))
      expect((await Promise.all(before)).map((reply) => reply.echo)).toEqual([2, 3, 4, 5, 6])
      expect(here).toEqual([])
      workers.helpHere()
      const values = Array.from({ length: 12 }, (_, k) => 10 + k)
      const after = await Promise.all(values.map((value) => workers.run({ value, delay: 20 })))
      expect(after.map((reply) => reply.echo)).toEqual(values)
      expect(here.length).toBeGreaterThan(0)
      expect(after.filter((reply) => reply.threadId === 0).map((reply) => reply.echo)).toEqual(here)
      expect(workers.started).toBe(workers.size - 1)
    }
  )

  it.skipIf(availableParallelism() < 2)(
    'gives the job waiting behind a crashed one to the next worker',
    async () => {
      const workers = sharing(2, [])
      await workers.run({ value: 1 })
      const crashed = workers.run({ crash: true })
      const waiting = workers.run({ value: 2 })
      await expect(crashed).rejects.toThrow(/stopped unexpectedly/)
      expect(await waiting).toMatchObject({ echo: 2 })
      expect(workers.started).toBe(1)
    }
  )

  it('runs every job here, without waiting to be told, when it may start no worker', async () => {
    const here: number[] = []
    const workers = sharing(1, here)
    expect((await workers.run({ value: 1 })).threadId).toBe(0)
    await expect(workers.run({ fail: true })).rejects.toThrow(
      /analysis failed: failed here on purpose/
    )
    expect((await workers.run({ value: 2 })).echo).toBe(2)
    expect(here).toEqual([1, 2])
    expect(workers.started).toBe(0)
  })

  it('close rejects a job waiting to run here', async () => {
    const workers = sharing(1, [])
    const job = workers.run({ value: 1 })
    await workers.close()
    await expect(job).rejects.toThrow(/closed/)
  })
})

describe('a forgotten pool', () => {
  it('does not keep its process alive once idle', () => {
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', resolve('tests/fixtures/workers/forgotten-pool.ts')],
      { encoding: 'utf8', timeout: 15_000 }
    )
    expect(child.signal, 'the process had to be killed').toBeNull()
    expect(child.stdout).toBe('done 1\n')
    expect(child.status).toBe(0)
  }, 20_000)
})
