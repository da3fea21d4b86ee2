export { tempFolder, useTempFolders } from '../../library/helpers'
export * from './samples'
