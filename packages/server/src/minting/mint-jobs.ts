// Minting a batch of activation codes in the background for the console: the request answers at once with a job the
// browser watches (a page that refreshes itself, no script), and the codes are delivered once as a CSV download.
// They exist in plaintext only in this process's memory while the job runs; the database holds them sealed
// (AES-256-GCM) until the download takes them or the window closes, so any instance can hand them out, once.
import { inFlight, newId, type Clock, type Secrets } from '../common/index.js';
import type { LicensingOperator } from '../licensing/index.js';
import type { MintJobRecord, MintJobStore } from './mint-job-store.js';

/** The console's bound on one batch: its CSV (about 26 bytes a code) stays a download a browser handles at once. */
export const MAX_CONSOLE_BATCH = 100_000;
const MAX_TERM_DAYS = 36_500;

export interface MintJobView extends Omit<MintJobRecord, 'status'> {
  /** `failed` also when a running job stopped reporting (its server stopped mid-way). */
  status: MintJobRecord['status'];
  /** Whether the one download is still possible now. */
  downloadable: boolean;
}

export type TakeCsvResult = { ok: true; csv: string; filename: string } | { ok: false; reason: 'gone' | 'not_ready' };

export interface MintJobs {
  start(input: {
    operatorId: string;
    planId: string;
    count: number;
    termDays?: number;
    note?: string;
  }): Promise<{ ok: true; jobId: string } | { ok: false; problem: 'plan' | 'count' | 'term' }>;
  /** The job as its operator sees it; nothing for anyone else (no hint that it exists). */
  view(jobId: string, operatorId: string): Promise<MintJobView | undefined>;
  takeCsv(jobId: string, operatorId: string): Promise<TakeCsvResult>;
  /** Resolves when every mint this process started has ended (tests; closing the server). */
  idle(): Promise<void>;
}

export interface MintJobSettings {
  /** How long after the mint the codes may be downloaded (once). */
  downloadWindowMs: number;
  /** A running job silent for this long is reported failed: the process running it stopped. */
  staleAfterMs: number;
}

export function codesCsv(batch: { id: string; planId: string; termDays: number }, codes: readonly string[]): string {
  // Every field is from a closed alphabet (codes, ids, digits): nothing to quote, nothing a spreadsheet would run.
  const rows = codes.map((code) => `${code},${batch.id},${batch.planId},${batch.termDays}`);
  return ['code,batch_id,plan_id,term_days', ...rows].join('\r\n') + '\r\n';
}

export function createMintJobs(deps: {
  store: MintJobStore;
  operator: Pick<LicensingOperator, 'mint' | 'listPlans'>;
  secrets: Secrets;
  clock: Clock;
  settings: MintJobSettings;
  onError(error: unknown): void;
}): MintJobs {
  const { store, operator, secrets, clock, settings } = deps;
  const running = inFlight();

  async function run(jobId: string, input: { planId: string; count: number; termDays?: number; note?: string }) {
    // Progress rows are written one after another, never out of order, and all before the job is finished.
    let writes: Promise<void> = Promise.resolve();
    const minted = await operator.mint({
      ...input,
      onProgress: (n) => {
        writes = writes.then(() => store.progress(jobId, n, clock.now())).catch(deps.onError);
      },
    });
    await writes;
    if (!minted.ok) return store.fail(jobId, minted.problem, clock.now());
    const csv = codesCsv(minted.batch, minted.codes);
    const at = clock.now();
    await store.finish(jobId, {
      batchId: minted.batch.id,
      csvSealed: secrets.seal(csv),
      at,
      downloadUntil: at + settings.downloadWindowMs,
    });
  }

  return {
    async start({ operatorId, planId, count, termDays, note }) {
      if (!(await operator.listPlans()).some((p) => p.id === planId)) return { ok: false, problem: 'plan' };
      if (!Number.isInteger(count) || count < 1 || count > MAX_CONSOLE_BATCH) return { ok: false, problem: 'count' };
      if (termDays !== undefined && (!Number.isInteger(termDays) || termDays < 0 || termDays > MAX_TERM_DAYS))
        return { ok: false, problem: 'term' };
      const now = clock.now();
      await store.dropExpired(now).catch(deps.onError);
      const jobId = newId('mnt');
      await store.create({ id: jobId, operatorId, planId, count, createdAt: now });
      const job = run(jobId, {
        planId,
        count,
        ...(termDays !== undefined ? { termDays } : {}),
        ...(note ? { note } : {}),
      }).catch(async (error) => {
        deps.onError(error);
        await store.fail(jobId, 'the mint stopped with an error', clock.now()).catch(deps.onError);
      });
      running.track(job);
      return { ok: true, jobId };
    },

    async view(jobId, operatorId) {
      const job = await store.find(jobId);
      if (!job || job.operatorId !== operatorId) return undefined;
      const now = clock.now();
      const stale = job.status === 'running' && now - job.updatedAt > settings.staleAfterMs;
      return {
        ...job,
        status: stale ? 'failed' : job.status,
        problem: stale ? 'interrupted' : job.problem,
        downloadable: job.status === 'done' && job.holdsCodes && (job.downloadUntil ?? 0) > now,
      };
    },

    async takeCsv(jobId, operatorId) {
      const job = await store.find(jobId);
      if (!job || job.operatorId !== operatorId) return { ok: false, reason: 'gone' };
      if (job.status === 'running') return { ok: false, reason: 'not_ready' };
      const sealed = await store.takeCsv(jobId, operatorId, clock.now());
      if (sealed === undefined) return { ok: false, reason: 'gone' };
      return { ok: true, csv: secrets.open(sealed), filename: `activation-codes-${job.batchId ?? jobId}.csv` };
    },

    idle: () => running.idle(),
  };
}
