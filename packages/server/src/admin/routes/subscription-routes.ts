// Subscriptions of an account (with the devices holding their seats), a grant without a code, and plans.
import { Type } from '@sinclair/typebox';
import type { App, WebServices } from '../../web/index.js';
import { AppError } from '../../errors/index.js';
import { actorOf } from '../auth.js';
import { Id, IdParam, operation } from '../describe.js';
import { AccountSubscriptionView, SubscriptionView, accountSubscriptionView, subscriptionView } from '../views.js';

const GrantBody = Type.Object(
  {
    planId: Type.String({ minLength: 1, maxLength: 40, pattern: '^[a-z0-9][a-z0-9_-]*$' }),
    /** Days it lasts; the plan's term when omitted; 0 for no end. */
    termDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 36_500 })),
    note: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);

const PlanView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  deviceLimit: Type.Integer(),
  memberLimit: Type.Integer(),
  termDays: Type.Integer(),
  features: Type.Array(Type.String()),
});

export function subscriptionRoutes(app: App, s: WebServices): void {
  app.get(
    '/admin/v1/accounts/:accountId/subscriptions',
    operation(
      s,
      'subscriptions:read',
      'adminListSubscriptions',
      'Subscriptions with seats and the devices holding them',
      {
        params: IdParam('accountId'),
        response: { 200: Type.Object({ items: Type.Array(AccountSubscriptionView) }) },
      },
    ),
    async (request) => {
      const { accountId } = request.params;
      if (!(await s.accounts.get(accountId))) throw new AppError('ACCOUNT_NOT_FOUND');
      const [subscriptions, devices] = await Promise.all([
        s.licensing.listForAccount(accountId),
        s.devices.list(accountId),
      ]);
      return { items: subscriptions.map((x) => accountSubscriptionView(x, devices)) };
    },
  );

  app.post(
    '/admin/v1/accounts/:accountId/subscriptions',
    operation(
      s,
      'subscriptions:write',
      'adminGrantSubscription',
      'Grant a subscription without a code (e.g. after payment)',
      {
        params: IdParam('accountId'),
        body: GrantBody,
        response: { 201: Type.Object({ subscription: SubscriptionView }) },
      },
    ),
    async (request, reply) => {
      const { accountId } = request.params;
      if (!(await s.accounts.get(accountId))) throw new AppError('ACCOUNT_NOT_FOUND');
      const { planId, termDays, note } = request.body;
      const r = await s.licensing.operator.grant({
        accountId,
        planId,
        ...(termDays !== undefined ? { termDays } : {}),
        ...(note !== undefined ? { note } : {}),
      });
      if (!r.ok) throw new AppError('PLAN_NOT_FOUND');
      reply.code(201);
      return { subscription: subscriptionView(r.subscription) };
    },
  );

  const SubscriptionParams = IdParam('subscriptionId');
  const One = Type.Object({ subscription: SubscriptionView });

  app.get(
    '/admin/v1/subscriptions/:subscriptionId',
    operation(s, 'subscriptions:read', 'adminGetSubscription', 'One subscription', {
      params: SubscriptionParams,
      response: { 200: One },
    }),
    async (request) => {
      const found = await s.operator.subscriptions.find(request.params.subscriptionId);
      if (!found) throw new AppError('SUBSCRIPTION_NOT_FOUND');
      return { subscription: subscriptionView(found) };
    },
  );

  app.post(
    '/admin/v1/subscriptions/:subscriptionId/extend',
    operation(s, 'subscriptions:write', 'adminExtendSubscription', 'Add days to its term (from now if it ended)', {
      params: SubscriptionParams,
      body: Type.Object({ days: Type.Integer({ minimum: 1, maximum: 36_500 }) }, { additionalProperties: false }),
      response: { 200: One },
    }),
    async (request) => {
      const r = await s.operator.subscriptions.extend(request.params.subscriptionId, request.body.days);
      if (!r.ok) throw new AppError(r.code, r.context);
      return { subscription: subscriptionView(r.subscription) };
    },
  );

  app.post(
    '/admin/v1/subscriptions/:subscriptionId/revoke',
    operation(
      s,
      'subscriptions:write',
      'adminRevokeSubscription',
      'Revoke it: its apps fall back to Free at check-in',
      {
        params: SubscriptionParams,
        response: { 200: One },
      },
    ),
    async (request) => {
      const r = await s.operator.subscriptions.revoke(request.params.subscriptionId);
      if (!r.ok) throw new AppError(r.code, r.context);
      return { subscription: subscriptionView(r.subscription) };
    },
  );

  app.post(
    '/admin/v1/subscriptions/:subscriptionId/transfer',
    operation(
      s,
      'subscriptions:write',
      'adminTransferSubscription',
      "Give it to another account: the old owner's devices lose their seats (told at their next check-in)",
      {
        params: SubscriptionParams,
        body: Type.Object({ toAccountId: Id() }, { additionalProperties: false }),
        response: {
          200: Type.Object({
            subscription: SubscriptionView,
            fromAccountId: Type.String(),
            freedDeviceIds: Type.Array(Type.String()),
          }),
        },
      },
    ),
    async (request) => {
      const { toAccountId } = request.body;
      if (!(await s.accounts.get(toAccountId))) throw new AppError('ACCOUNT_NOT_FOUND');
      const r = await s.operator.subscriptions.transfer(request.params.subscriptionId, toAccountId, actorOf(request));
      if (!r.ok) throw new AppError(r.code, r.context);
      return {
        subscription: subscriptionView(r.subscription),
        fromAccountId: r.fromAccountId,
        freedDeviceIds: r.freedDeviceIds,
      };
    },
  );

  app.get(
    '/admin/v1/plans',
    operation(s, 'plans:read', 'adminListPlans', 'Plans', {
      response: { 200: Type.Object({ items: Type.Array(PlanView) }) },
    }),
    async () => ({ items: await s.licensing.operator.listPlans() }),
  );

  app.get(
    '/admin/v1/plans/:planId',
    operation(s, 'plans:read', 'adminGetPlan', 'One plan', {
      params: Type.Object({ planId: GrantBody.properties.planId }, { additionalProperties: false }),
      response: { 200: Type.Object({ plan: PlanView }) },
    }),
    async (request) => {
      const plan = (await s.licensing.operator.listPlans()).find((p) => p.id === request.params.planId);
      if (!plan) throw new AppError('PLAN_NOT_FOUND');
      return { plan };
    },
  );
}
