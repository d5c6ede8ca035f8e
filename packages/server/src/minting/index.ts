// The only door of minting: background mints of activation-code batches with progress and a one-time CSV download.
export {
  createMintJobs,
  codesCsv,
  MAX_CONSOLE_BATCH,
  type MintJobs,
  type MintJobView,
  type MintJobSettings,
  type TakeCsvResult,
} from './mint-jobs.js';
export type { MintJobRecord, MintJobStatus, MintJobStore } from './mint-job-store.js';
