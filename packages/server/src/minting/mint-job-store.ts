// The store port of background mints: a job's progress, and its codes as a sealed CSV until the one download.

export type MintJobStatus = 'running' | 'done' | 'failed';

export interface MintJobRecord {
  id: string;
  /** The operator (account id) who started it: the only one who may see it and download its codes. */
  operatorId: string;
  planId: string;
  count: number;
  minted: number;
  status: MintJobStatus;
  batchId: string | null;
  problem: string | null;
  createdAt: number;
  updatedAt: number;
  downloadUntil: number | null;
  downloadedAt: number | null;
  /** Whether the sealed CSV is still held (not yet downloaded, not yet dropped). */
  holdsCodes: boolean;
}

export interface MintJobStore {
  create(job: { id: string; operatorId: string; planId: string; count: number; createdAt: number }): Promise<void>;
  progress(id: string, minted: number, at: number): Promise<void>;
  finish(id: string, done: { batchId: string; csvSealed: string; at: number; downloadUntil: number }): Promise<void>;
  fail(id: string, problem: string, at: number): Promise<void>;
  find(id: string): Promise<MintJobRecord | undefined>;
  /**
   * Takes the sealed CSV of the operator's job exactly once: one conditional update clears it and records the
   * download, so of racing requests (on any instance) one gets it. Nothing when taken, expired or not the owner's.
   */
  takeCsv(id: string, operatorId: string, now: number): Promise<string | undefined>;
  /** Clears the sealed CSVs whose download window closed before `now`; answers how many. */
  dropExpired(now: number): Promise<number>;
}
