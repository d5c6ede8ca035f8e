// The only door of @tessera/sdk.
export * from './api.js';
export { isAppId } from './app-id.js';
export { createClient, normaliseServer } from './client/client.js';
export { createFileStore, type FileStore, type FileStoreOptions } from './store/file-store.js';
