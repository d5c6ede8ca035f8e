// The account purge: accounts whose deletion grace period has ended are removed on a timer that any instance may
// run (the purge claims each account, so instances never remove one twice).
import type { AccountDeletion } from '../identity/index.js';

export const PURGE_INTERVAL_MS = 3_600_000;

/** Starts the hourly purge; the timer never keeps the process alive. Returns what stops it. */
export function startPurgeSchedule(deps: {
  deletion: Pick<AccountDeletion, 'purgeDue'>;
  onError: (error: unknown) => void;
  intervalMs?: number;
}): { stop(): void } {
  const timer = setInterval(() => {
    deps.deletion.purgeDue().catch(deps.onError);
  }, deps.intervalMs ?? PURGE_INTERVAL_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
