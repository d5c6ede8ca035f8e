// Redeeming an activation code in the account: parse, reserve an attempt, then one atomic claim-and-subscribe in the store.
import { newId, type Clock, type Secrets, type UnitOfWork } from '../common/index.js';
import type { EventRecorder } from '../webhooks/index.js';
import type { Outcome } from '../errors/index.js';
import { createAttemptBudgets, type CounterStore } from '../risk/index.js';
import { parseActivationCode } from './activation-code.js';
import type { LicensingStores } from './licensing-stores.js';
import { hashActivationCode } from './operator.js';
import { subscriptionAt, type Plan, type Subscription } from './model.js';

export type RedeemCode =
  | 'ACTIVATION_CODE_MALFORMED'
  | 'ACTIVATION_CODE_TYPO'
  | 'ACTIVATION_CODE_INVALID'
  | 'SUBSCRIPTION_LIMIT_REACHED'
  | 'RATE_LIMITED';

export interface RedeemSettings {
  maxSubscriptionsPerAccount: number;
  redeemPerAccountHour: number;
  redeemPerIpHour: number;
}

const HOUR = 3_600_000;

export function createRedemption(deps: {
  stores: Pick<LicensingStores, 'plans' | 'activationCodes'>;
  counters: CounterStore;
  secrets: Secrets;
  clock: Clock;
  events: EventRecorder;
  unitOfWork: UnitOfWork;
  settings: RedeemSettings;
}) {
  const { stores, secrets, clock, settings } = deps;
  const budgets = createAttemptBudgets({ counters: deps.counters, clock });
  return async function redeem(input: {
    accountId: string;
    input: string;
    ip: string;
  }): Promise<Outcome<{ subscription: Subscription; plan: Plan }, RedeemCode>> {
    // Malformed and mistyped input is answered from the text alone: it reveals nothing about which codes exist,
    // so it does not spend the person's attempts.
    const parsed = parseActivationCode(input.input);
    if (!parsed.ok) return { ok: false, code: parsed.code };

    // The attempt reserves its slots before the code is looked up, so racing attempts never exceed the budgets (nor
    // all refuse each other); every checked attempt keeps its slots, a refused one takes none.
    const now = clock.now();
    const reserved = await budgets.reserve([
      { key: `redeem:account:${input.accountId}`, limit: settings.redeemPerAccountHour, windowMs: HOUR },
      { key: `redeem:ip:${input.ip}`, limit: settings.redeemPerIpHour, windowMs: HOUR },
    ]);
    if (!reserved.ok) return { ok: false, code: 'RATE_LIMITED', context: { seconds: reserved.retryAfterSeconds } };

    // The claim and its events commit together (the store's transaction nests in this one).
    const result = await deps.unitOfWork.run(async () => {
      const claim = await stores.activationCodes.redeem({
        codeHash: hashActivationCode(secrets, parsed.canonical),
        accountId: input.accountId,
        subscriptionId: newId('sub'),
        now,
        maxActive: settings.maxSubscriptionsPerAccount,
      });
      if (claim.ok) {
        const { id: subscriptionId, planId, sourceRef: batchId, endsAt } = claim.subscription;
        await deps.events.record('code.redeemed', { accountId: input.accountId, subscriptionId, batchId, planId });
        await deps.events.record('subscription.created', {
          accountId: input.accountId,
          subscriptionId,
          planId,
          source: 'code',
          endsAt,
        });
      }
      return claim;
    });
    // Unknown, revoked and already-redeemed codes share one answer, so codes cannot be probed for their state.
    if (!result.ok)
      return { ok: false, code: result.reason === 'limit' ? 'SUBSCRIPTION_LIMIT_REACHED' : 'ACTIVATION_CODE_INVALID' };
    const plan = await stores.plans.findPlan(result.subscription.planId);
    if (!plan) throw new Error(`subscription ${result.subscription.id} names a missing plan`);
    return { ok: true, subscription: subscriptionAt(result.subscription, now), plan };
  };
}
