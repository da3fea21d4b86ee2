import { describe, expect, it } from 'vitest'
import { SiteClient } from '@renderer/features/site/site-client'
import type { SiteAnswer } from '@renderer/features/site/site-client'
import type { SitePageResult } from '@shared/site/types'

/** A back end whose answers arrive only when the test says so. */
function controlledBackEnd(): {
  render(id: string, text: string): Promise<SitePageResult>
  asked: string[]
  answer(): Promise<void>
} {
  const asked: string[] = []
  const pending: Array<() => void> = []
  return {
    asked,
    render(_id, text) {
      asked.push(text)
      return new Promise((resolve) =>
        pending.push(() => resolve({ kind: 'no-site', reason: 'not-jekyll' }))
      )
    },
    async answer() {
      pending.shift()?.()
      // Lets the client's continuation run.
      await new Promise((resolve) => setTimeout(resolve, 0))
    }
  }
}

describe('SiteClient', () => {
  it('keeps one request in flight and only the newest waiting one', async () => {
    const backEnd = controlledBackEnd()
    const answers: SiteAnswer[] = []
    const client = new SiteClient(backEnd.render, (answer) => answers.push(answer))
    client.render({ id: 'a.md', text: '1' })
    client.render({ id: 'a.md', text: '12' })
    client.render({ id: 'a.md', text: '123' })
    expect(backEnd.asked).toEqual(['1'])
    await backEnd.answer()
    expect(backEnd.asked).toEqual(['1', '123'])
    await backEnd.answer()
    expect(answers.map((answer) => answer.request.text)).toEqual(['1', '123'])
  })

  it('reports a failure and carries on', async () => {
    const answers: SiteAnswer[] = []
    let calls = 0
    const client = new SiteClient(
      async () => {
        calls += 1
        if (calls === 1) throw new Error('boom')
        return { kind: 'no-site', reason: 'not-jekyll' }
      },
      (answer) => answers.push(answer)
    )
    client.render({ id: 'a.md', text: '1' })
    await new Promise((resolve) => setTimeout(resolve, 0))
    client.render({ id: 'a.md', text: '2' })
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(answers.map((answer) => ('error' in answer ? 'error' : answer.result.kind))).toEqual([
      'error',
      'no-site'
    ])
  })

  it('drops answers after dispose', async () => {
    const backEnd = controlledBackEnd()
    const answers: SiteAnswer[] = []
    const client = new SiteClient(backEnd.render, (answer) => answers.push(answer))
    client.render({ id: 'a.md', text: '1' })
    client.render({ id: 'a.md', text: '2' })
    client.dispose()
    await backEnd.answer()
    expect(answers).toEqual([])
    expect(backEnd.asked).toEqual(['1'])
  })
})
