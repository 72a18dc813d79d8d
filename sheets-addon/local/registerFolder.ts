/**
 * The local register folder: register.json plus one CSV grid per sheet. The CLI and the local
 * host's file-backed workbook both read and write it through these.
 */
export { writeFileAtomic } from './folder/atomicFile';
export {
  commitFolderFiles,
  JOURNAL_FILE,
  readFolderConsistently,
  recoverFolder,
} from './folder/folderCommit';
export { LOCK_FILE, LOCK_WAIT_MS, withFolderLock } from './folder/folderLock';
export {
  appendRows,
  copyRegisterFolder,
  initRegisterFolder,
  saveAddedRows,
  withRegisterLock,
} from './folder/folderWrites';
export { gridFileText, readGrid, sheetFileName, writeGrid } from './folder/gridFiles';
export { type FolderProblem, type LoadedRegister, loadRegister } from './folder/loadRegister';
export { FOLDER_MESSAGES, RegisterFolderError } from './folder/messages';
export {
  META_FILE,
  metaFileText,
  REGISTER_FORMAT,
  REGISTER_FORMAT_VERSION,
  type RegisterMeta,
  readMeta,
  writeMeta,
} from './folder/registerMeta';
