import { describe, expect, it } from 'vitest'
import { httpStatus } from '@server/http-status'
import { errorCodes, fromErrorInfo, PostcloudError, toErrorInfo } from '@shared/errors'

describe('error codes', () => {
  it.each(errorCodes)('%s crosses a transport and comes back with its code', (code) => {
    const sent = JSON.parse(JSON.stringify(toErrorInfo(new PostcloudError(code, 'why'))))
    const received = fromErrorInfo(sent)
    expect(received).toBeInstanceOf(PostcloudError)
    expect(received.code).toBe(code)
    expect(received.message).toBe('why')
  })

  it.each(errorCodes)('%s has an HTTP status of an error', (code) => {
    expect(httpStatus[code]).toBeGreaterThanOrEqual(400)
    expect(httpStatus[code]).toBeLessThan(600)
  })

  it('carries the params a window needs to word the error itself, and drops malformed ones', () => {
    const error = new PostcloudError('UNPUBLISHED_LINK', 'why', { link: 'a.jpg', url: '/b/a.jpg' })
    const received = fromErrorInfo(JSON.parse(JSON.stringify(toErrorInfo(error))))
    expect(received.params).toEqual({ link: 'a.jpg', url: '/b/a.jpg' })
    expect(fromErrorInfo({ code: 'EXISTS', message: 'x', params: { n: 1 } }).params).toBeUndefined()
    expect(toErrorInfo(new PostcloudError('EXISTS', 'x'))).toEqual({ code: 'EXISTS', message: 'x' })
  })

  it('turns a code it does not know, or a malformed error, into INTERNAL', () => {
    for (const info of [{ code: 'NOPE', message: 'x' }, { code: 'NOT_FOUND' }, null, 'text']) {
      expect(fromErrorInfo(info).code).toBe('INTERNAL')
    }
  })
})
