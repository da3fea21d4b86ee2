import type { ContractMethod, PostcloudApi } from '../contract'
import { checkSettingsChanges } from '../settings-rules'
import { nullable, optionalParam, param, params, text } from './checks'
import {
  analyzeOptions,
  cloudOptionChanges,
  createPostInput,
  exportCloudOptions,
  folderCloudChanges,
  folderWordList,
  frontMatterChanges,
  stamp,
  words
} from './shapes'

/**
 * Every contract method's arguments, checked where they enter the back end: `invokeContract` runs
 * this table for both transports, so core receives the types the contract declares and keeps
 * only the rules that need the folder or the disk (confinement, names a file system keeps,
 * whether a stamp still matches). Keyed by method, so a new method does not compile until its
 * arguments are described here. Labels name each argument as the writer knows it.
 */
type ArgumentTable = {
  [M in ContractMethod]: (args: unknown[]) => Parameters<PostcloudApi[M]>
}

const postName = param('The post name', text)
const postText = param('The post text', text)
const loadedVersion = param('The version of the post the editor loaded', stamp)

export const contractArguments: ArgumentTable = {
  openFolder: params(param('The folder path', text)),
  currentFolder: params(),
  recentFolders: params(),
  listPosts: params(),
  readPost: params(postName),
  savePost: params(postName, postText, param(loadedVersion.label, nullable(stamp))),
  convertToUtf8: params(postName, loadedVersion),
  listTemplates: params(),
  createPost: params(param('The new post', createPostInput)),
  updateFrontMatter: params(
    postName,
    param('The front matter changes', frontMatterChanges),
    loadedVersion
  ),
  renamePost: params(postName, param('The new file name', text)),
  deletePost: params(postName),
  listTrash: params(),
  restoreFromTrash: params(param('The trash entry', text)),
  searchPosts: params(param('The search text', text)),
  saveImage: params(postName, param('The image', text), param('The image file name', text)),
  getSettings: params(),
  updateSettings: params(param('The settings', checkSettingsChanges)),
  analyzeText: params(
    param('The text to count', text),
    optionalParam('The counting options', analyzeOptions)
  ),
  termSuggestions: params(),
  exportCloud: params(
    postName,
    param('The cloud image', text),
    optionalParam('The export options', exportCloudOptions)
  ),
  getCloudSettings: params(postName),
  updateCloudOptions: params(postName, param('The cloud options', cloudOptionChanges)),
  updateFolderCloudSettings: params(param("The folder's cloud settings", folderCloudChanges)),
  addFolderWords: params(param('The word list', folderWordList), param('The words', words)),
  saveCloudMask: params(param('The mask file name', text), param('The mask image', text)),
  backupBuffer: params(
    postName,
    param('The unsaved text', text),
    param('The version the unsaved text started from', nullable(stamp)),
    param('The window id', text)
  ),
  discardBackup: params(postName),
  listRecoverable: params(),
  listHistory: params(postName),
  readHistoryVersion: params(postName, param('The history version', text)),
  renderSitePage: params(postName, postText)
}

/** The arguments of one call as its method's parameters, or INVALID_ARGUMENT saying which is wrong. */
export function checkArguments<M extends ContractMethod>(
  method: M,
  args: unknown[]
): Parameters<PostcloudApi[M]> {
  return contractArguments[method](args)
}
