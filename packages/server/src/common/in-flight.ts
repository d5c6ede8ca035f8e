// Work started off the request path and not awaited there: kept until it ends, so shutdown and tests can wait for it.

export interface InFlight {
  /** Keeps `work` until it settles (its outcome is the caller's to handle). */
  track(work: Promise<unknown>): void;
  /** Resolves once everything tracked so far, and anything it started meanwhile, has settled. */
  idle(): Promise<void>;
}

export function inFlight(): InFlight {
  const pending = new Set<Promise<unknown>>();
  return {
    track(work) {
      pending.add(work);
      void work.then(
        () => pending.delete(work),
        () => pending.delete(work),
      );
    },
    async idle() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}
