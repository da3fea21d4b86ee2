import type { ContractMethod, Envelope, PostcloudApi } from '@shared/contract'
import { contractMethods } from '@shared/contract'
import { fromErrorInfo } from '@shared/errors'

/** Turns a transport that answers envelopes into the plain contract: errors become PostcloudErrors. */
export function unwrapEnvelopes(
  call: (method: ContractMethod, args: unknown[]) => Promise<Envelope<unknown>>
): PostcloudApi {
  const entries = contractMethods.map((method) => [
    method,
    async (...args: unknown[]) => {
      const envelope = await call(method, args)
      if ('error' in envelope) throw fromErrorInfo(envelope.error)
      return envelope.result
    }
  ])
  return Object.fromEntries(entries) as PostcloudApi
}
