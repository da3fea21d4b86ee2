import { describe, expect, it } from 'vitest'
import { KeyedChain } from '@shared/keyed-chain'

/** A task that finishes only when told to, recording when it started and ended. */
function gate(log: string[], name: string): { task: () => Promise<string>; open: () => void } {
  let open = (): void => undefined
  const opened = new Promise<void>((resolve) => (open = resolve))
  return {
    task: async () => {
      log.push(`${name} start`)
      await opened
      log.push(`${name} end`)
      return name
    },
    open: () => open()
  }
}

describe('KeyedChain', () => {
  it('runs tasks of one key one after another, in the order they came', async () => {
    const chain = new KeyedChain()
    const log: string[] = []
    const a = gate(log, 'a')
    const b = gate(log, 'b')
    const first = chain.run('post', a.task)
    const second = chain.run('post', b.task)
    await Promise.resolve()
    b.open()
    await new Promise((resolve) => setImmediate(resolve))
    expect(log).toEqual(['a start'])
    a.open()
    expect(await Promise.all([first, second])).toEqual(['a', 'b'])
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end'])
  })

  it('does not make other keys wait', async () => {
    const chain = new KeyedChain()
    const log: string[] = []
    const a = gate(log, 'a')
    void chain.run('one', a.task)
    expect(await chain.run('two', async () => 'other')).toBe('other')
    expect(log).toEqual(['a start'])
    a.open()
  })

  it('goes on after a task fails, and hands each caller its own result', async () => {
    const chain = new KeyedChain()
    const failed = chain.run('post', () => Promise.reject(new Error('disk full')))
    const next = chain.run('post', async () => 'saved')
    await expect(failed).rejects.toThrow('disk full')
    expect(await next).toBe('saved')
  })

  it('is busy while a task of the key runs or waits, and idle after', async () => {
    const chain = new KeyedChain()
    const log: string[] = []
    const a = gate(log, 'a')
    const run = chain.run('post', a.task)
    expect(chain.busy('post')).toBe(true)
    expect(chain.busy('other')).toBe(false)
    a.open()
    await run
    await new Promise((resolve) => setImmediate(resolve))
    expect(chain.busy('post')).toBe(false)
  })
})
