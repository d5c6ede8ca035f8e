// The only door of privacy: the person's data export and the purge of accounts whose deletion is due.
export { createPrivacy, type Privacy, type AccountExport } from './privacy.js';
export type { ExportDeps } from './export-data.js';
export { startPurgeSchedule, PURGE_INTERVAL_MS } from './purge-schedule.js';
