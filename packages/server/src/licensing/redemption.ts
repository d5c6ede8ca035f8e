// Redeeming an activation code in the account: parse, reserve an attempt, then one atomic claim-and-subscribe in the store.
import { newId, type Clock, type Secrets } from '../common/index.js';
import type { Outcome } from '../errors/index.js';
import { createAttemptBudgets, type CounterStore } from '../risk/index.js';
import { parseActivationCode } from './activation-code.js';
import type { LicensingStore } from './licensing-store.js';
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
  store: LicensingStore;
  counters: CounterStore;
  secrets: Secrets;
  clock: Clock;
  settings: RedeemSettings;
}) {
  const { store, secrets, clock, settings } = deps;
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

    const result = await store.redeem({
      codeHash: hashActivationCode(secrets, parsed.canonical),
      accountId: input.accountId,
      subscriptionId: newId('sub'),
      now,
      maxActive: settings.maxSubscriptionsPerAccount,
    });
    // Unknown, revoked and already-redeemed codes share one answer, so codes cannot be probed for their state.
    if (!result.ok)
      return { ok: false, code: result.reason === 'limit' ? 'SUBSCRIPTION_LIMIT_REACHED' : 'ACTIVATION_CODE_INVALID' };
    const plan = await store.findPlan(result.subscription.planId);
    if (!plan) throw new Error(`subscription ${result.subscription.id} names a missing plan`);
    return { ok: true, subscription: subscriptionAt(result.subscription, now), plan };
  };
}
