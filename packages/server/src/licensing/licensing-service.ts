// The licensing service: the one object the composition root builds, joining redemption, seats, family sharing and the operator side.
import type { Clock, Secrets, UnitOfWork } from '../common/index.js';
import type { EventRecorder } from '../webhooks/index.js';
import type { AuditLog } from '../audit/index.js';
import type { EmailSender, Templates } from '../messaging/index.js';
import type { CounterStore } from '../risk/index.js';
import { createFamily, type FamilySettings } from './family.js';
import type { LicensingStores } from './licensing-stores.js';
import { withPlanCache } from './plan-cache.js';
import { memberCapacity, subscriptionAt, type Plan, type Subscription } from './model.js';
import { createLicensingOperator } from './operator.js';
import { createRedemption, type RedeemSettings } from './redemption.js';
import { createSeats, type UsableSubscription } from './seats.js';

export interface LicensingSettings extends RedeemSettings, FamilySettings {}

export interface AccountSubscription extends UsableSubscription {
  /** People who may share it besides the owner. */
  membersTotal: number;
}

export function createLicensing(deps: {
  stores: LicensingStores;
  counters: CounterStore;
  secrets: Secrets;
  clock: Clock;
  email: EmailSender;
  templates: Templates;
  audit: AuditLog;
  events: EventRecorder;
  unitOfWork: UnitOfWork;
  settings: LicensingSettings;
}) {
  const { plans, activationCodes, subscriptions, seats: seatStore, family: familyStore } = deps.stores;
  const stores: LicensingStores = {
    plans: withPlanCache(plans),
    activationCodes,
    subscriptions,
    seats: seatStore,
    family: familyStore,
  };
  const { clock, settings } = deps;
  deps = { ...deps, stores };
  const seats = createSeats({ stores });
  const redeemCode = createRedemption(deps);
  const family = createFamily(deps);

  return {
    /** Redeems a typed activation code for the account; see `RedeemCode` for the refusals. */
    async redeem(input: { accountId: string; input: string; ip: string; userAgent?: string | null }) {
      const outcome = await redeemCode(input);
      if (outcome.ok) {
        await deps.audit.record('subscription.redeemed', {
          accountId: input.accountId,
          ip: input.ip,
          userAgent: input.userAgent ?? null,
          details: { subscriptionId: outcome.subscription.id, plan: outcome.plan.id },
        });
      }
      return outcome;
    },

    /** Every subscription the account owns or shares, whatever its status, newest first. */
    async listForAccount(accountId: string): Promise<AccountSubscription[]> {
      const now = clock.now();
      const listed = await stores.subscriptions.listSubscriptions(accountId);
      const plans = new Map<string, Plan | undefined>();
      for (const { subscription } of listed)
        if (!plans.has(subscription.planId))
          plans.set(subscription.planId, await stores.plans.findPlan(subscription.planId));
      return listed.flatMap(({ subscription, role }) => {
        const plan = plans.get(subscription.planId);
        if (!plan) return [];
        return [
          {
            subscription: subscriptionAt(subscription, now),
            plan,
            role,
            seatsUsed: subscription.seatsUsed,
            seatsTotal: plan.deviceLimit,
            full: subscription.seatsUsed >= plan.deviceLimit,
            membersTotal: memberCapacity(plan, settings.maxMembersPerSubscription),
          },
        ];
      });
    },

    usableSubscriptions: seats.usableSubscriptions,
    claimSeat: seats.claimSeat,
    releaseSeat: seats.releaseSeat,

    async getSubscription(id: string): Promise<Subscription | undefined> {
      const record = await stores.subscriptions.findSubscription(id);
      return record && subscriptionAt(record, clock.now());
    },
    getPlan: (id: string) => stores.plans.findPlan(id),

    invite: family.invite,
    acceptInvitation: family.accept,
    acceptInvitationById: family.acceptById,
    describeInvitation: family.describe,
    invitationsFor: family.invitationsFor,
    withdrawInvitation: family.withdraw,
    declineInvitation: family.decline,
    people: family.people,
    removeMember: family.remove,

    /** Plans, code batches and grants: the `tessera-server admin` side. */
    operator: createLicensingOperator(deps),
  };
}

export type Licensing = ReturnType<typeof createLicensing>;
