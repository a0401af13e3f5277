// The store's public face: openStore and the contract types. Code outside src/store/ imports only this.

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
export * from "./store.ts";
