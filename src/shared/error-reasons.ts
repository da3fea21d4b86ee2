import { PostcloudError } from './errors'
import type { ErrorCode } from './errors'

/**
 * The situations one error code covers that a writer must be told apart: a name that is taken is
 * EXISTS, and so is a file in the way of a folder. A throw site names its situation as the
 * `reason` param; the window then says `errors.<CODE>.<reason>` in its language, filled with the
 * other params, instead of the back end's English message. Every reason listed here has that
 * sentence in every catalogue (a unit test checks), and throw sites can only name listed ones.
 */
export const errorReasons = {
  NOT_FOUND: ['file', 'folder', 'trashEntry', 'historyVersion', 'historyDamaged', 'template'],
  NOT_A_FOLDER: ['file'],
  OUTSIDE_FOLDER: ['cloudLink', 'otherFolder'],
  INVALID_ARGUMENT: [
    // A file or folder that is not what the command needs.
    'isFolder',
    'notPost',
    'nameTooLong',
    'linkLoop',
    'emptyFolderPath',
    'trashInFolder',
    // A post's new file name (rename).
    'emptyName',
    'notBareName',
    'hiddenName',
    'reservedCharacter',
    'controlCharacter',
    'nameEdges',
    'notMarkdownName',
    'deviceName',
    'nameBytes',
    // New post, front matter form, images.
    'emptyTitle',
    'frontMatterKey',
    'unreadableDate',
    'imageType',
    'remoteCloudLink',
    'cloudLinkScheme',
    'cloudLinkNotPath',
    'maskNotPng',
    // The folder's cloud settings, stopwords and user dictionary.
    'emptyPattern',
    'longPattern',
    'patternSlash',
    'patternControl',
    'patternPlaceholder',
    'patternFileName',
    'wordCount',
    'emptyWord',
    'longWord',
    'wordControl',
    'listWordCharacters',
    'listWordComment',
    'mergeSelf',
    'mergeCycle',
    'tooManyEdits'
  ],
  CONFLICT: ['changed', 'deleted', 'created', 'cloudSettings'],
  EXISTS: ['name', 'noFreeName', 'fileInTheWay', 'restoreTaken', 'cloudFolder', 'cloudTaken'],
  READ_ONLY: ['file', 'cloudLink'],
  PERMISSION: ['file', 'folder'],
  DISK_FULL: ['file'],
  BUSY: ['file'],
  IO_ERROR: ['file'],
  TOO_LARGE: ['template', 'backup', 'image'],
  BINARY_FILE: ['historyVersion'],
  BAD_ENCODING: ['template', 'historyVersion'],
  FRONT_MATTER: ['unreadable', 'flowMapping', 'keyForm', 'wouldAlter', 'template'],
  INTERNAL: ['file']
} as const satisfies Partial<Record<ErrorCode, readonly string[]>>

export type ReasonedCode = keyof typeof errorReasons
export type ErrorReason<C extends ReasonedCode> = (typeof errorReasons)[C][number]

/**
 * A failure told by its code and situation, with the values (a file name, a limit) its sentence
 * names. `message` is the English detail the CLI and logs show.
 */
export function reasonedError<C extends ReasonedCode>(
  code: C,
  reason: ErrorReason<C>,
  message: string,
  params: Readonly<Record<string, string>> = {}
): PostcloudError {
  return new PostcloudError(code, message, { ...params, reason })
}

/** An INVALID_ARGUMENT with its reason: the refusal most checks of a writer's input make. */
export function invalidArgument(
  reason: ErrorReason<'INVALID_ARGUMENT'>,
  message: string,
  params: Readonly<Record<string, string>> = {}
): PostcloudError {
  return reasonedError('INVALID_ARGUMENT', reason, message, params)
}
