export { cloudSettingsId, loadCloudSettings } from './cloud-settings-file'
export {
  getCloudSettings,
  optionsFromFile,
  readCloudSettings,
  seedForPost,
  updateCloudOptions,
  updateFolderCloudSettings
} from './cloud-settings'
export type { CloudSettingsView, RememberedOptions } from './cloud-settings'
export { cloudStatus } from './cloud-status'
export type { CloudState, CloudStateReason, CloudStatus, CloudStatusOptions } from './cloud-status'
export { cloudNameFor, nameFields } from './cloud-name'
export { addFolderWords } from './folder-word-lists'
export { followDelete, followRename } from './follow-post'
export { masksDir, maxMaskBytes, saveCloudMask } from './mask-file'
export { cloudOptionsHash, cloudTextHash, stableJson } from './source-hash'
export type { CloudSource } from './source-hash'
export { withCloudFiles } from './folder-lock'
