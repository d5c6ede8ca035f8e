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
  /** Whether the instance is behind (its event loop late past the configured delay). */
  behind(): boolean;
  /** Seconds a refused check-in is told to wait at least. */
  retryAfterSeconds: number;
  random?: () => number;
}): ReadAdmission {
  const random = deps.random ?? Math.random;
  let running = 0;
  return {
    enter() {
      const full = deps.maxInFlight > 0 && running >= deps.maxInFlight;
      if (full || deps.behind()) return deps.retryAfterSeconds + Math.floor(random() * deps.retryAfterSeconds);
      running += 1;
      return undefined;
    },
    leave() {
      running -= 1;
    },
    inFlight: () => running,
  };
}
