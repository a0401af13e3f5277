// The store's public face: openStore and the contract types. Code outside src/store/ imports only this.

export { backupStore, type Reached, type StoreOpener, type WrittenBackup } from "./backup.ts";
export { BackupError, type BackupHeader, type BackupProblem } from "./backup-schema.ts";
export { findRunningTitrate, type RunningTitrate } from "./data-dir-lock.ts";
export type { ConnectionInfo } from "./database-url.ts";
export { DataDirLockedError, StoreError, type StoreErrorCode } from "./errors.ts";
export {
  type OpenedStore,
  openStore,
  runningStoreConfig,
  type StoreConfig,
  storeConfigFrom,
} from "./open-store.ts";
export { checkBackup, type RestoredBackup, restoreStore } from "./restore.ts";
export * from "./store.ts";
