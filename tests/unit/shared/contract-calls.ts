import type { ContractMethod, PostcloudApi } from '@shared/contract'
import { defaultCloudOptions } from '@shared/cloud/options'
import type { PostStamp } from '@shared/post'

export const stamp: PostStamp = { mtimeMs: 1_700_000_000_000, size: 12, hash: 'a'.repeat(64) }
const windowId = '0b6f1e4c-2d7a-4c1e-9f3b-8a5d6c7e8f90'
const png = 'iVBORw0KGgo='

/**
 * One well-formed call of every contract method, as the window makes it: what each transport
 * test sends and what the argument table must let through unchanged. Keyed by method, so a new
 * method does not compile until it has one.
 */
export const validCalls: { [M in ContractMethod]: Parameters<PostcloudApi[M]> } = {
  openFolder: ['/home/writer/blog'],
  currentFolder: [],
  recentFolders: [],
  listPosts: [],
  readPost: ['_posts/2025-11-11-weekly.md'],
  savePost: ['_posts/2025-11-11-weekly.md', '---\ntitle: 周报\n---\n正文\n', stamp],
  convertToUtf8: ['old/gbk.md', stamp],
  listTemplates: [],
  createPost: [{ title: '周报', template: 'bundled:report', draft: false, utcOffsetMinutes: 480 }],
  updateFrontMatter: [
    'a.md',
    { title: '新标题', tags: ['日报', 'AI'], draft: null, nested: { n: 1, ok: true } },
    stamp
  ],
  renamePost: ['a.md', 'b.md'],
  deletePost: ['a.md'],
  listTrash: [],
  restoreFromTrash: ['20250101-000000-abcdef'],
  searchPosts: ['模型'],
  saveImage: ['a.md', png, 'pasted.png'],
  getSettings: [],
  updateSettings: [{ theme: 'dark', editorFontSize: 16, autosave: 'delay' }],
  analyzeText: ['多模态模型', { top: 10, stopwords: ['的'], markdown: true }],
  termSuggestions: [],
  exportCloud: [
    'a.md',
    png,
    { format: 'png', onExisting: 'rename', expected: stamp, cloud: { ...defaultCloudOptions } }
  ],
  getCloudSettings: ['a.md'],
  updateCloudOptions: ['a.md', { width: 1600, palette: 'viridis', mask: null }],
  updateFolderCloudSettings: [{ pattern: '{date}_{slug}', merge: { LLMs: 'LLM', ai: null } }],
  addFolderWords: ['userdict', ['认知核心']],
  saveCloudMask: ['heart.png', png],
  backupBuffer: ['a.md', 'unsaved', null, windowId],
  discardBackup: ['a.md'],
  listRecoverable: [],
  listHistory: ['a.md'],
  readHistoryVersion: ['a.md', '20250101T000000000Z-1a2b3c4d'],
  renderSitePage: ['a.md', '# x\n']
}
