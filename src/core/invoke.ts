import type { Envelope, PostcloudApi } from '@shared/contract'
import { isContractMethod } from '@shared/contract'
import { checkArguments } from '@shared/contract-arguments/table'
import { PostcloudError, toErrorInfo } from '@shared/errors'
import type { Log } from './app-data/log-file'

/**
 * Calls one contract method with arguments that arrived over a transport and wraps the outcome
 * in an envelope. Both the IPC handlers and the HTTP routes go through here, so they cannot drift,
 * and so does the check of the arguments against the method's parameters (the argument table).
 */
export async function invokeContract(
  api: PostcloudApi,
  method: string,
  args: unknown,
  log?: Log
): Promise<Envelope<unknown>> {
  try {
    if (!isContractMethod(method)) {
      throw new PostcloudError('UNKNOWN_METHOD', `Unknown method: ${method.slice(0, 80)}`)
    }
    if (!Array.isArray(args)) {
      throw new PostcloudError('INVALID_ARGUMENT', 'Arguments must be a JSON array.')
    }
    const checked: unknown[] = checkArguments(method, args)
    const fn = api[method] as (...a: unknown[]) => Promise<unknown>
    return { result: await fn.apply(api, checked) }
  } catch (error) {
    // Expected failures carry a code; anything else is a bug worth a stack trace in the log.
    if (!(error instanceof PostcloudError)) log?.error(`${method} failed`, error)
    return { error: toErrorInfo(error) }
  }
}
