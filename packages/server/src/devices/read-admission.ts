// Load shedding at check-in: the check-ins that need the database are let in while the instance keeps up, and told
// to come back later (503 with Retry-After) while it does not. A cached answer is always given.
//
// Why only those: a cached answer costs about what a refusal would (tens of microseconds, docs/scale.md), so
// refusing it saves nothing; a read costs several times that, and a re-issue adds a signature and a write. The
// bursts that need shedding are a fleet back after an outage and an instance restarted with an empty cache: their
// check-ins are reads, and apps keep working on the token they hold (its grace), so being told to wait costs them
// lateness only, while every request of a server that let all of them in would wait behind the queue (the portal's
// and the operators' too).

export interface ReadAdmission {
  /**
   * Lets one check-in's database work in (undefined; call `leave` once it ends) or refuses it with the seconds to
   * wait, spread over [retryAfter, 2 × retryAfter) so a refused herd does not come back together.
   */
  enter(): number | undefined;
  leave(): void;
  /** Database check-ins running now. */
  inFlight(): number;
}

export function createReadAdmission(deps: {
  /** Most check-ins at the database at once (0: no limit): past it a check-in would wait behind the others. */
  maxInFlight: number;
  /**
   * How late the event loop runs, as a multiple of the lateness that starts shedding (1 or less: keeping up). Past 1,
   * one read in `lateness` goes ahead (twice as late, half of them), the rest are refused: refusing every read while
   * late starved a restarted instance's cache of the reads that end a herd (`npm run simulate` saw nine check-ins in
   * ten refused). A share and not a lower limit on reads at once: on SQLite a read ends before the next request is
   * read, so a limit is never reached, however long the turn that reads them.
   */
  lateness(): number;
  /** Seconds a refused check-in is told to wait at least. */
  retryAfterSeconds: number;
  random?: () => number;
}): ReadAdmission {
  const random = deps.random ?? Math.random;
  let running = 0;
  // The share admitted while late, counted rather than drawn: one in `lateness`, the first of a late spell refused.
  let credit = 0;
  const refuse = () => deps.retryAfterSeconds + Math.floor(random() * deps.retryAfterSeconds);
  return {
    enter() {
      if (deps.maxInFlight > 0 && running >= deps.maxInFlight) return refuse();
      const late = deps.lateness();
      if (late > 1) {
        credit += 1 / late;
        if (credit < 1) return refuse();
        credit -= 1;
      } else credit = 0;
      running += 1;
      return undefined;
    },
    leave() {
      running -= 1;
    },
    inFlight: () => running,
  };
}
