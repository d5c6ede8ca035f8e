// The operator's side of licensing: defining plans, minting and revoking activation-code batches, granting subscriptions.
import { newId, type Clock, type Secrets, type UnitOfWork } from '../common/index.js';
import type { EventRecorder } from '../webhooks/index.js';
import { generateActivationCodes, parseActivationCode } from './activation-code.js';
import type { BatchSummary } from './activation-code-store.js';
import type { LicensingStores } from './licensing-stores.js';
import { subscriptionAt, type ActivationBatch, type Plan, type Subscription } from './model.js';

/** Operator commands report problems as text for the terminal; they never reach an end user. */
export type AdminResult<T extends object> = ({ ok: true } & T) | { ok: false; problem: string };

export interface MintInput {
  planId: string;
  count: number;
  /** Days each redeemed code lasts; the plan's term when omitted. */
  termDays?: number;
  note?: string;
  /** Called after each stored chunk, so large batches can show progress. */
  onProgress?: (minted: number, total: number) => void;
}

export interface LicensingOperator {
  createPlan(plan: Plan): Promise<AdminResult<{ plan: Plan }>>;
  listPlans(): Promise<Plan[]>;
  /** The codes are returned once, here: only their keyed hashes are stored. */
  mint(input: MintInput): Promise<AdminResult<{ batch: ActivationBatch; codes: string[] }>>;
  listBatches(): Promise<BatchSummary[]>;
  revokeBatch(id: string): Promise<AdminResult<{ redeemed: number }>>;
  /** Revokes one code; a redeemed code's subscription is revoked with it. */
  revokeCode(code: string): Promise<AdminResult<{ subscriptionId: string | null }>>;
  grant(input: {
    accountId: string;
    planId: string;
    termDays?: number;
    note?: string;
  }): Promise<AdminResult<{ subscription: Subscription }>>;
}

export const MAX_BATCH = 1_000_000;
const MAX_TERM_DAYS = 36_500;
const DAY = 86_400_000;
const PLAN_ID = /^[a-z0-9][a-z0-9_-]{0,39}$/;
const FEATURE = /^[a-z0-9][a-z0-9_.:-]{0,63}$/;

export function checkPlan(plan: Plan): string | undefined {
  const int = (v: number, min: number, max: number) => Number.isInteger(v) && v >= min && v <= max;
  if (!PLAN_ID.test(plan.id)) return 'plan id: lower-case letters, digits, - and _, at most 40';
  if (plan.name.trim().length === 0 || plan.name.length > 80) return 'plan name: 1 to 80 characters';
  if (!int(plan.deviceLimit, 1, 1_000_000)) return 'devices: a whole number from 1';
  if (!int(plan.memberLimit, 1, 10_001)) return 'members: a whole number from 1 (the owner counts)';
  if (!int(plan.termDays, 0, MAX_TERM_DAYS)) return `term days: 0 (no end) to ${MAX_TERM_DAYS}`;
  if (plan.features.length > 50 || plan.features.some((f) => !FEATURE.test(f)))
    return 'features: up to 50 lower-case names';
  return undefined;
}

export const hashActivationCode = (secrets: Secrets, canonical: string) =>
  secrets.keyedHash('activation-code', canonical);

export function createLicensingOperator(deps: {
  stores: Pick<LicensingStores, 'plans' | 'activationCodes' | 'subscriptions'>;
  secrets: Secrets;
  clock: Clock;
  events: EventRecorder;
  unitOfWork: UnitOfWork;
}): LicensingOperator {
  const { secrets, clock } = deps;
  const { plans, activationCodes, subscriptions } = deps.stores;
  return {
    async createPlan(plan) {
      const normalized = { ...plan, name: plan.name.trim(), features: [...new Set(plan.features)] };
      const problem = checkPlan(normalized);
      if (problem) return { ok: false, problem };
      if (!(await plans.createPlan(normalized, clock.now())))
        return { ok: false, problem: `plan ${plan.id} exists already` };
      return { ok: true, plan: normalized };
    },

    listPlans: () => plans.listPlans(),

    async mint({ planId, count, termDays, note, onProgress }) {
      const plan = await plans.findPlan(planId);
      if (!plan) return { ok: false, problem: `no plan ${planId} (see: admin plans list)` };
      if (!Number.isInteger(count) || count < 1 || count > MAX_BATCH)
        return { ok: false, problem: `count: 1 to ${MAX_BATCH}` };
      const term = termDays ?? plan.termDays;
      if (!Number.isInteger(term) || term < 0 || term > MAX_TERM_DAYS)
        return { ok: false, problem: `term days: 0 (no end) to ${MAX_TERM_DAYS}` };
      const codes = generateActivationCodes(count);
      const batch: ActivationBatch = {
        id: newId('bat'),
        planId,
        termDays: term,
        count,
        note: note?.slice(0, 500) ?? null,
        createdAt: clock.now(),
        revokedAt: null,
      };
      await activationCodes.createBatch(batch);
      try {
        await activationCodes.insertCodes(
          batch.id,
          codes.map((c) => hashActivationCode(secrets, c)),
          (n) => onProgress?.(n, count),
        );
      } catch (error) {
        // Chunks commit one by one so a long batch does not hold the database; a batch that failed half-way is
        // revoked, and its codes were never shown to anyone.
        await activationCodes.revokeBatch(batch.id, clock.now()).catch(() => undefined);
        throw error;
      }
      return { ok: true, batch, codes };
    },

    listBatches: () => activationCodes.listBatches(),

    async revokeBatch(id) {
      const r = await activationCodes.revokeBatch(id, clock.now());
      return r.found ? { ok: true, redeemed: r.redeemed } : { ok: false, problem: `no batch ${id}` };
    },

    async revokeCode(code) {
      const parsed = parseActivationCode(code);
      if (!parsed.ok)
        return {
          ok: false,
          problem:
            parsed.code === 'ACTIVATION_CODE_TYPO'
              ? 'that code has a typo (its check character does not match)'
              : 'that is not an activation code',
        };
      const r = await activationCodes.revokeCode(hashActivationCode(secrets, parsed.canonical), clock.now());
      return r.found ? { ok: true, subscriptionId: r.subscriptionId } : { ok: false, problem: 'no such code' };
    },

    async grant({ accountId, planId, termDays, note }) {
      const plan = await plans.findPlan(planId);
      if (!plan) return { ok: false, problem: `no plan ${planId}` };
      const now = clock.now();
      const term = termDays ?? plan.termDays;
      const record = {
        id: newId('sub'),
        ownerAccountId: accountId,
        planId,
        startsAt: now,
        endsAt: term === 0 ? null : now + term * DAY,
        source: 'admin' as const,
        sourceRef: note ?? null,
        seatsUsed: 0,
        membersUsed: 0,
        revokedAt: null,
        createdAt: now,
      };
      await deps.unitOfWork.run(async () => {
        await subscriptions.createSubscription(record);
        await deps.events.record('subscription.created', {
          accountId,
          subscriptionId: record.id,
          planId,
          source: 'grant',
          endsAt: record.endsAt,
        });
      });
      return { ok: true, subscription: subscriptionAt(record, now) };
    },
  };
}
