// Rows the licensing contract suites build on: accounts, plans, subscriptions, code batches and members, through the stores.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { ActivationBatch, InvitationRecord, Plan, SubscriptionRecord } from '../../src/licensing/index.js';
import { T0, sampleAccount, type OpenStores } from './store-harness.js';

export const DAY = 86_400_000;

const unique = (prefix: string) => `${prefix}_${randomBytes(6).toString('hex')}`;

export function licensingFixtures(open: () => OpenStores) {
  const stores = () => open().stores;

  /** A new account; `email` is the normalized address invitations are matched against, `address` as typed. */
  async function account(): Promise<{ id: string; email: string; address: string }> {
    const a = sampleAccount();
    assert.ok((await stores().accounts.create(a)).created);
    return { id: a.id, email: a.emailNormalized, address: a.email };
  }

  async function plan(overrides: Partial<Plan> = {}): Promise<Plan> {
    const p: Plan = {
      id: unique('plan'),
      name: 'Team',
      deviceLimit: 3,
      memberLimit: 4,
      features: ['basic', 'premium'],
      termDays: 30,
      ...overrides,
    };
    assert.equal(await stores().plans.createPlan(p, T0), true);
    return p;
  }

  async function subscription(
    ownerAccountId: string,
    overrides: Partial<SubscriptionRecord> = {},
  ): Promise<SubscriptionRecord> {
    const s: SubscriptionRecord = {
      id: unique('sub'),
      ownerAccountId,
      planId: overrides.planId ?? (await plan()).id,
      startsAt: T0,
      endsAt: T0 + 30 * DAY,
      source: 'admin',
      sourceRef: 'contract test',
      seatsUsed: 0,
      membersUsed: 0,
      revokedAt: null,
      createdAt: T0,
      ...overrides,
    };
    await stores().subscriptions.createSubscription(s);
    return s;
  }

  /** A batch of `codes` (their hashes stand in for keyed hashes: the store never sees a code). */
  async function batch(planId: string, codes: string[], overrides: Partial<ActivationBatch> = {}) {
    const b: ActivationBatch = {
      id: unique('bat'),
      planId,
      termDays: 30,
      count: codes.length,
      note: 'contract test',
      createdAt: T0,
      revokedAt: null,
      ...overrides,
    };
    await stores().activationCodes.createBatch(b);
    await stores().activationCodes.insertCodes(b.id, codes);
    return b;
  }

  function invitation(subscriptionId: string, email: string, overrides: Partial<InvitationRecord> = {}) {
    const i: InvitationRecord = {
      id: unique('inv'),
      subscriptionId,
      email,
      tokenHash: unique('hash'),
      invitedBy: 'acc_owner',
      createdAt: T0,
      expiresAt: T0 + 7 * DAY,
      acceptedAt: null,
      acceptedBy: null,
      ...overrides,
    };
    return i;
  }

  /** Makes `member` a member of the subscription through an accepted invitation. */
  async function join(subscriptionId: string, member: { id: string; email: string }, now = T0 + 1) {
    // Sent by the owner: an invitation admits only while its sender owns the subscription.
    const owner = (await stores().subscriptions.findSubscription(subscriptionId))?.ownerAccountId;
    const i = invitation(subscriptionId, member.email, owner ? { invitedBy: owner } : {});
    await stores().family.createInvitation(i);
    const accepted = await stores().family.acceptInvitation({
      invitation: { id: i.id },
      accountId: member.id,
      email: member.email,
      now,
      capacity: () => 100,
    });
    assert.ok(accepted.ok, accepted.ok ? '' : accepted.reason);
  }

  return { account, plan, subscription, batch, invitation, join, unique };
}
