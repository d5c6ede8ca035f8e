// The load generator in its own process: autocannon runs of GET / (baselines), check-ins or sign-in submissions, on
// the parent's request.
import { setTimeout as delay } from 'node:timers/promises';
import { LICENSE_HELD_HEADER, licenseFingerprint } from '@tessera/protocol';
import { credentialRequests, type CredentialJob } from './credential-load.js';
import { CredentialQueue } from './credential-queue.js';
import type { PooledCredential } from './device-seed.js';
import { serveParent } from './ipc.js';
import { runOpenLoop } from './open-loop-load.js';
import { runWrk } from './wrk-load.js';
import { runLoad, type LoadRequest, type LoadRun, type RequestContext } from './kit.js';

export interface LoadJob {
  url: string;
  mode: 'hello' | 'check-in' | 'credentials';
  /** Sign-in submissions (mode `credentials`). */
  credentials?: CredentialJob;
  /** Which server's credential queue a check-in run draws from (set by a `pool` request). */
  target?: string;
  connections: number;
  seconds: number;
  /** Requests per second over all connections (autocannon's pacing); unset, as fast as the server answers. */
  rate?: number;
  /**
   * Check-ins arriving on their own schedule, this many in each second (open-loop-load.ts), their latency counted from
   * when each was due; `seconds` and `rate` are then unused.
   */
  arrivals?: readonly number[];
  /** A fleet run: a VALID answer on another plan is an entitlement change reaching the app (counted), not a failure. */
  planMayChange?: boolean;
  /** Debian's wrk instead of autocannon (wrk-load.ts): hello and check-in runs whose answers are all unchanged. */
  tool?: 'autocannon' | 'wrk';
}

const HELLO = '{"ok":true}';
const queues = new Map<string, CredentialQueue>();
/** Check-ins (of `planMayChange` runs) whose plan differed from the credential's last one. */
let planChanges = 0;
/** Check-ins refused with 503 (load shedding): their credentials go back to the pool, unchanged, for later. */
let shed = 0;

function parse(body: string): any {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

/** Targets whose check-ins carry the credential in a JSON body (a server from before the bearer form). */
const bodySenders = new Set<string>();

/** A check-in as the SDK sends it (the credential as a bearer, the token held named), or in the body form. */
function checkInOf(
  item: PooledCredential | undefined,
  inBody: boolean,
): { headers: Record<string, string>; body?: string } {
  const credential = item?.credential ?? 'tdc_pool_exhausted';
  const held: Record<string, string> = item?.held ? { [LICENSE_HELD_HEADER]: item.held } : {};
  return inBody
    ? { headers: { 'content-type': 'application/json', ...held }, body: JSON.stringify({ credential }) }
    : { headers: { authorization: `Bearer ${credential}`, ...held } };
}

/**
 * The credential and token to present next, from a check-in's answer: an unchanged answer keeps both, one in full
 * names the credential (rotated when the token was re-issued) and the token.
 */
function successor(item: PooledCredential, view: any, plan: string): PooledCredential | undefined {
  if (view?.unchanged === true) return { ...item, plan };
  const credential: unknown = view?.deviceCredential;
  const token: unknown = view?.license?.token;
  if (typeof credential !== 'string' || !credential.startsWith('tdc_') || typeof token !== 'string') return undefined;
  return { credential, plan, held: licenseFingerprint(token) };
}

/**
 * Each check-in presents a credential not in flight, with the token it was last handed named as the SDK names it; a
 * 200 VALID on the seeded plan gives what to present next (see `successor`).
 */
function checkInRequest(queue: CredentialQueue, planMayChange: boolean, inBody: boolean): LoadRequest {
  return {
    label: 'check-in',
    next(context: RequestContext) {
      const item = queue.take();
      context.item = item;
      // An exhausted pool sends a credential that cannot exist: refused, counted as unexpected.
      return { path: '/v1/check-in', ...checkInOf(item, inBody) };
    },
    expect(status, body, context) {
      const item = context.item as PooledCredential | undefined;
      context.item = undefined;
      // Told to come back later: nothing changed, so the app presents the same credential when it does.
      if (status === 503 && item && parse(body)?.error?.code === 'UNAVAILABLE') {
        queue.give(item);
        shed += 1;
        return true;
      }
      if (status !== 200 || !item) return false;
      const view = parse(body);
      // An unchanged answer states no plan: the token held, and so its plan, stay as they were.
      const plan: unknown = view?.unchanged === true ? item.plan : view?.license?.plan;
      const changed = planMayChange && typeof plan === 'string' && plan !== item.plan;
      if (changed) planChanges += 1;
      const nextPlan = changed ? plan : item.plan;
      // Only the newest credential is ever presented again: an old one past its grace would revoke the connection.
      const next = successor(item, view, nextPlan);
      if (!next) return false;
      queue.give(next);
      return view.outcome === 'VALID' && plan === nextPlan;
    },
  };
}

function requestsOf(job: LoadJob): LoadRequest[] {
  if (job.mode === 'credentials') return credentialRequests(job.credentials ?? { flows: [], kinds: [] });
  if (job.mode === 'hello')
    return [{ label: 'GET /', path: '/', expect: (status, body) => status === 200 && body === HELLO }];
  const queue = queues.get(job.target ?? '') ?? new CredentialQueue([]);
  return [checkInRequest(queue, job.planMayChange ?? false, bodySenders.has(job.target ?? ''))];
}

/** The credentials `target` would present now, in queue order, left in the queue. */
function snapshot(target: string | undefined): PooledCredential[] {
  const queue = queues.get(target ?? '');
  if (!queue) return [];
  const items: PooledCredential[] = [];
  for (let item = queue.take(); item; item = queue.take()) items.push(item);
  for (const item of items) queue.give(item);
  return items;
}

async function run(job: LoadJob): Promise<LoadRun> {
  if (job.arrivals && job.mode === 'check-in')
    return runOpenLoop({
      url: job.url,
      connections: job.connections,
      rates: job.arrivals,
      request: requestsOf(job)[0]!,
    });
  if (job.tool === 'wrk' && (job.mode === 'hello' || job.mode === 'check-in'))
    return runWrk({ ...job, mode: job.mode, credentials: job.mode === 'check-in' ? snapshot(job.target) : [] });
  const result = await runLoad({
    url: job.url,
    connections: job.connections,
    seconds: job.seconds,
    method: job.mode === 'hello' ? 'GET' : 'POST',
    requests: requestsOf(job),
    ...(job.rate ? { rate: job.rate } : {}),
  });
  // Requests still in flight when autocannon stops finish on the server (their credentials leave the pool): let them
  // drain before the next measurement.
  await delay(300);
  return result;
}

/**
 * Presents every credential of `target` once, 50 in flight, before anything is measured. A seeded or just-connected
 * app's first check-in re-issues its token (connect keeps none for check-in); a fleet does that once per connection,
 * so the measured runs should see what a fleet sees every ten minutes: answers that have not changed.
 */
async function prime(message: { url: string; target: string }): Promise<{ primed: number; inFull: number }> {
  const queue = queues.get(message.target);
  if (!queue) return { primed: 0, inFull: 0 };
  const items: PooledCredential[] = [];
  for (let item = queue.take(); item; item = queue.take()) items.push(item);
  let next = 0;
  let primed = 0;
  let inFull = 0;
  async function worker() {
    while (next < items.length) {
      const item = items[next++]!;
      const response = await fetch(`${message.url}/v1/check-in`, {
        method: 'POST',
        ...checkInOf(item, bodySenders.has(message.target)),
      });
      const view = parse(await response.text());
      queue!.give(successor(item, view, item.plan) ?? item);
      if (response.status === 200) primed += 1;
      if (view?.unchanged !== true) inFull += 1;
    }
  }
  await Promise.all(Array.from({ length: 50 }, worker));
  return { primed, inFull };
}

/**
 * Primes until one pass is answered unchanged throughout (at most `MAX_SETTLE_PASSES`), which a wrk run needs: it
 * cannot follow a rotation (wrk-load.ts). The pass after the re-issuing one is that, unless answers still change (it
 * found the first-key race fixed in b8f7bec: tokens under a key that lost it were re-issued at their next read).
 * Returns the passes it took, or -1 if the pool did not settle.
 */
const MAX_SETTLE_PASSES = 5;
async function settle(message: { url: string; target: string }): Promise<number> {
  for (let pass = 1; pass <= MAX_SETTLE_PASSES; pass++) if ((await prime(message)).inFull === 0) return pass;
  return -1;
}

serveParent(
  { pid: process.pid },
  {
    prime: async (message: { url: string; target: string }) => (await prime(message)).primed,
    settle: (message: { url: string; target: string }) => settle(message),
    pool: (message: { target: string; pool: PooledCredential[]; inBody?: boolean }) => {
      queues.set(message.target, new CredentialQueue(message.pool));
      if (message.inBody) bodySenders.add(message.target);
      return message.pool.length;
    },
    run: (message: LoadJob) => run(message),
    planChanges: () => planChanges,
    /** The check-ins refused since the last call. */
    shed: () => {
      const refused = shed;
      shed = 0;
      return refused;
    },
  },
  async () => {},
);
